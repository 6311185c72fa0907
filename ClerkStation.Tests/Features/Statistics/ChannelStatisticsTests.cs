using System.Text;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure.Catalog;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Features.Supervisor.SupervisorTestKit;

namespace ClerkStation.Tests.Features.Statistics;

/// <summary>渠道: accepted cases per channel and the online share, on the report and in the CSV export.</summary>
public sealed class ChannelStatisticsTests : FreshAppTest<FixedClockAppFactory>
{
    private static Case Through(Channel channel, string day) =>
        Case.Accept(Promised() with { Number = $"CH-{Guid.NewGuid():N}"[..20], Channel = channel }, Actors.Clerk, At(day), CenterDay.Of(At(day)), Cal);

    protected override async ValueTask StartedAsync()
    {
        // In range (1–11 Mar 2026): 3 counter, 2 online, 2 agent, 1 kiosk. Out of range: 1 online.
        await SaveAsync(App,
            Through(Channel.Counter, "2026-03-02"), Through(Channel.Counter, "2026-03-03"), Through(Channel.Counter, "2026-03-09"),
            Through(Channel.Online, "2026-03-02"), Through(Channel.Online, "2026-03-10"),
            Through(Channel.Agent, "2026-03-04"), Through(Channel.Agent, "2026-03-11"),
            Through(Channel.Kiosk, "2026-03-05"),
            Through(Channel.Online, "2026-02-20"));
    }

    private Task<StatisticsReport> ReportAsync() =>
        App.SendAsync(Actors.Supervisor, m => m.Send(new GetStatistics(new StatisticsFilter(D("2026-03-01"), D("2026-03-11"))), Ct));

    [Fact]
    public async Task Cases_are_counted_per_channel_and_the_online_share_is_online_agent_and_kiosk_over_all()
    {
        var r = await ReportAsync();

        Assert.Equal([(Channel.Counter, 3), (Channel.Online, 2), (Channel.Agent, 2), (Channel.Kiosk, 1)], ChannelFigures.All.Select(c => (c, r.Channels[c])));
        Assert.Equal(8, r.Channels.Total);
        Assert.Equal(62.5, r.Channels.OnlineShare); // 5 of 8
    }

    [Fact]
    public async Task The_csv_export_has_a_row_per_channel_and_the_online_share()
    {
        var csv = Encoding.UTF8.GetString(StatisticsCsv.Write(await ReportAsync(), App.Services.GetRequiredService<CatalogStore>()));

        Assert.Contains("total,*,,online share %,62.5", csv, StringComparison.Ordinal);
        Assert.Contains("channel,Counter,,accepted,3", csv, StringComparison.Ordinal);
        Assert.Contains("channel,Agent,,accepted,2", csv, StringComparison.Ordinal);
        Assert.Contains("channel,Kiosk,,accepted,1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void With_no_cases_every_channel_is_zero_and_the_share_is_zero_not_a_division_by_zero()
    {
        Assert.All(ChannelFigures.All, c => Assert.Equal(0, ChannelFigures.Empty[c]));
        Assert.Equal(0, ChannelFigures.Empty.OnlineShare);
    }
}
