using ClerkStation.Features.Calendar;
using ClerkStation.Infrastructure.Calendar;
using static ClerkStation.Tests.Features.Calendar.CalendarTestKit;

namespace ClerkStation.Tests.Features.Calendar;

/// <summary>
/// A recompute counts a finished pause again from the center's days, not from the offset the timeline's times come back
/// in: PostgreSQL returns them in UTC, where 07:30 on Sat 30 Jan 2027 at the center is still Fri 29 Jan. Runs on
/// whichever engine the suite runs on; the request's time is given in UTC so that SQLite stores it as PostgreSQL returns it.
/// </summary>
public sealed class CalendarRecomputePauseTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task A_pause_that_began_before_8_am_keeps_its_length_when_its_first_day_becomes_a_workday()
    {
        var @case = await SeedCaseAsync(app, 45, 60);
        var saturdayMorningInUtc = new DateTimeOffset(2027, 1, 29, 23, 30, 0, TimeSpan.Zero); // Sat 30 Jan, 07:30 at the center
        var thursday = new DateTimeOffset(2027, 2, 4, 10, 0, 0, TimeSpan.FromHours(8));
        await UpdateAsync(app, @case.Number, c => c.Claim(Actors.ReviewerMz, Thursday10December));
        await UpdateAsync(app, @case.Number, c => c.RequestSupplement(Actors.ReviewerMz, saturdayMorningInUtc, CenterDay.Of(saturdayMorningInUtc), ["户口簿"]));
        var calendar = app.Services.GetRequiredService<CalendarService>().Current;
        await UpdateAsync(app, @case.Number, c => c.RecordSupplement(Actors.Clerk, thursday, CenterDay.Of(thursday), calendar));
        Assert.Equal(4, (await ReloadAsync(app, @case.Number)).PausedWorkingDays); // Mon 1 – Thu 4 Feb

        // The official year makes Sat 30 Jan a make-up workday: the day the pause began, so still not a paused working day.
        await app.SendAsync(Administrator, new SaveCalendarYear(Official2027(), null));

        var after = await ReloadAsync(app, @case.Number);
        var official = app.Services.GetRequiredService<CalendarService>().Current;
        Assert.Equal(4, after.PausedWorkingDays);
        Assert.Equal(official.AddWorkingDays(after.AcceptedOn, 45 + 4), after.DueDate);
    }
}
