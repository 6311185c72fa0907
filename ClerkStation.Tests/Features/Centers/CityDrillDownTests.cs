using ClerkStation.Features.City;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Security;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>The city supervisor drills into one center on /city/{code}: that center's figures only, read-only.</summary>
public sealed class CityDrillDownTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_drill_in_counts_the_chosen_center_per_day_and_department_and_nothing_of_the_others()
    {
        await TestCenters.EnsureAsync(app, Ct);
        var today = app.Services.GetRequiredService<CenterClocks>().Default.Today;
        var before = await app.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCenterFigures("gaoting", today, today)));
        await app.SendAsync(Actors.Clerk.InCenter(TestCenters.Gaoting), m => m.Send(IntakeSamples.InstantForGaotingResident()));
        await app.SendAsync(Actors.Clerk.InCenter(TestCenters.Gaoting), m => m.Send(IntakeSamples.InstantForGaotingResident()));
        await app.SendAsync(Actors.Clerk, m => m.Send(IntakeSamples.InstantForGaotingResident()));
        await app.SendAsync(Actors.Clerk.InCenter(TestCenters.Taohua), m => m.Send(IntakeSamples.InstantForGaotingResident()));

        var after = await app.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCenterFigures("gaoting", today, today)));

        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.Equal("高亭镇便民服务中心", after.Name);
        Assert.Equal("岱山县", after.County);
        Assert.Equal(before.Figures.Accepted + 2, after.Figures.Accepted);
        Assert.Equal(after.Figures.Accepted, after.Figures.Instant);
        Assert.Equal(after.Figures.Accepted, Assert.Single(after.Figures.Days, d => d.Day == today).Accepted);
        Assert.Equal(after.Figures.Accepted, Assert.Single(after.Figures.Departments, d => d.Code == "rs").Accepted);

        // The comparison's row of the same center agrees with the drill-in.
        var row = (await app.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCityComparison(today, today)))).Single(r => r.Code == "gaoting");
        Assert.Equal(after.Figures.Accepted, row.Accepted);
    }

    [Theory]
    [InlineData("nowhere")]
    [InlineData("../admin")]
    [InlineData("")]
    public async Task An_unknown_code_finds_no_center(string code)
    {
        var today = app.Services.GetRequiredService<CenterClocks>().Default.Today;
        Assert.Null(await app.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCenterFigures(code, today, today))));
    }

    [Fact]
    public async Task A_center_supervisor_may_not_drill_into_a_center()
    {
        var today = app.Services.GetRequiredService<CenterClocks>().Default.Today;
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
            await app.SendAsync(Actors.Supervisor, m => m.Send(new GetCenterFigures("main", today, today))));
    }
}
