using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Centers;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// Each center counts its own day (ADR 0029): at 12:00 UTC it is 20:00 on Wed 11 March in Zhejiang but already 02:00 on
/// Thu 12 March at a center configured for Pacific/Kiritimati (UTC+14). A case accepted and a ticket drawn there carry
/// the 12th; the default center's carry the 11th.
/// </summary>
public sealed class CenterTimeZoneTests : IClassFixture<FixedClockAppFactory>
{
    private const int Kiritimati = 9;
    private static readonly DateOnly ZhejiangDay = new(2026, 3, 11);
    private static readonly DateOnly KiritimatiDay = new(2026, 3, 12);
    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");
    private readonly FixedClockAppFactory _app;

    public CenterTimeZoneTests(FixedClockAppFactory app)
    {
        _app = app;
        _app.Clock.Now = new DateTimeOffset(2026, 3, 11, 12, 0, 0, TimeSpan.Zero);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // RS-002: instant.
    private static SubmitApplication Instant() => IntakeSamples.Instant(WangFang);

    [Fact]
    public async Task A_case_accepted_where_it_is_already_tomorrow_is_dated_and_numbered_by_that_centers_day()
    {
        await EnsureKiritimatiAsync();

        var there = Assert.Single((await _app.SendAsync(Actors.Clerk.InCenter(Kiritimati), m => m.Send(Instant()))).Cases).Number;
        var here = Assert.Single((await _app.SendAsync(Actors.Clerk, m => m.Send(Instant()))).Cases).Number;

        Assert.StartsWith("KI-20260312-", there, StringComparison.Ordinal);
        Assert.Contains("-20260311-", here, StringComparison.Ordinal);
        await using var db = await _app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        Assert.Equal(KiritimatiDay, await db.Cases.Where(c => c.Number == there).Select(c => c.AcceptedOn).SingleAsync(Ct));
        Assert.Equal(ZhejiangDay, await db.Cases.Where(c => c.Number == here).Select(c => c.AcceptedOn).SingleAsync(Ct));
    }

    [Fact]
    public async Task A_ticket_drawn_there_belongs_to_that_centers_day_and_starts_its_own_sequence()
    {
        await EnsureKiritimatiAsync();

        var there = await _app.SendAsync(Actors.Supervisor.InCenter(Kiritimati), m => m.Send(new IssueTicket("A", PriorityReason.None)));
        var here = await _app.SendAsync(Actors.Supervisor, m => m.Send(new IssueTicket("A", PriorityReason.None)));

        await using var db = await _app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var days = await db.QueueTickets.AcrossCenters().Where(t => t.Id == there.TicketId || t.Id == here.TicketId)
            .ToDictionaryAsync(t => t.Id, t => t.Day, Ct);
        Assert.Equal(KiritimatiDay, days[there.TicketId]);
        Assert.Equal(ZhejiangDay, days[here.TicketId]);
        Assert.EndsWith("001", there.Number, StringComparison.Ordinal); // the first of the 12th there, whatever the 11th drew here
    }

    [Fact]
    public async Task The_city_drill_in_shows_the_last_days_up_to_that_centers_today_not_the_city_supervisors()
    {
        await EnsureKiritimatiAsync();
        var there = Assert.Single((await _app.SendAsync(Actors.Clerk.InCenter(Kiritimati), m => m.Send(Instant()))).Cases).Number;

        var report = await _app.SendAsync(Actors.CitySupervisor, m => m.Send(new ClerkStation.Features.City.GetCenterFigures("kiritimati")));
        var home = await _app.SendAsync(Actors.CitySupervisor, m => m.Send(new ClerkStation.Features.City.GetCenterFigures("main")));

        Assert.NotNull(report);
        Assert.Equal((KiritimatiDay.AddDays(-29), KiritimatiDay), (report.Figures.Filter.From, report.Figures.Filter.To));
        Assert.Contains(report.Figures.Days, d => d.Day == KiritimatiDay && d.Accepted >= 1); // the case of its 12th, accepted as {there}
        Assert.StartsWith("KI-20260312-", there, StringComparison.Ordinal);
        Assert.Equal(ZhejiangDay, home!.Figures.Filter.To);
    }

    private async Task EnsureKiritimatiAsync()
    {
        await TestCenters.EnsureAsync(_app, Ct);
        await using (var db = await _app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct))
        {
            if (!await db.Centers.AnyAsync(c => c.Id == Kiritimati, Ct))
            {
                db.Centers.Add(Center.Create(Kiritimati, "kiritimati", "测试时区中心", "普陀区", "KI", "Pacific/Kiritimati"));
                try
                {
                    await db.SaveChangesAsync(Ct);
                }
                catch (DbUpdateException)
                {
                    // Another test of the class added it at the same moment.
                }
            }
        }

        await _app.Services.GetRequiredService<CenterDirectory>().ReloadAsync(Ct);
        Assert.Equal(KiritimatiDay, _app.Services.GetRequiredService<CenterClocks>().For(Kiritimati).Today);
    }
}
