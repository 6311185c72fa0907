using ClerkStation.Domain.Cases;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>Traffic lights and remaining working days against the real 2026 calendar: the warning window, paused, closed and instant cases.</summary>
public class CaseDeadlineLightTests
{
    private static readonly DeadlinePolicy Warn2 = new(2);

    [Theory]
    [InlineData("2026-02-09", DeadlineLight.Green, 5)]
    [InlineData("2026-02-11", DeadlineLight.Green, 3)]
    [InlineData("2026-02-12", DeadlineLight.Yellow, 2)]
    [InlineData("2026-02-13", DeadlineLight.Yellow, 1)]
    [InlineData("2026-02-14", DeadlineLight.Yellow, 0)]
    [InlineData("2026-02-15", DeadlineLight.Red, 0)]   // holiday after the due date: overdue, no working day lost yet
    [InlineData("2026-02-24", DeadlineLight.Red, -1)]
    [InlineData("2026-02-28", DeadlineLight.Red, -5)]  // statutory due date itself: still only red
    [InlineData("2026-03-02", DeadlineLight.Severe, -6)]
    public void Light_and_remaining_days_follow_the_working_day_calendar(string today, DeadlineLight light, int remaining)
    {
        // Due 02-14, statutory 02-28; yellow from 2 working days before.
        var @case = CaseIn(CaseStatus.InReview);
        Assert.Equal(light, @case.LightOn(D(today), Cal, Warn2));
        Assert.Equal(remaining, @case.RemainingWorkingDays(D(today), Cal));
    }

    [Fact]
    public void The_warning_window_is_configurable()
    {
        var @case = CaseIn(CaseStatus.Routed);
        Assert.Equal(DeadlineLight.Green, @case.LightOn(D("2026-02-13"), Cal, new DeadlinePolicy(0)));
        Assert.Equal(DeadlineLight.Yellow, @case.LightOn(D("2026-02-14"), Cal, new DeadlinePolicy(0)));
        Assert.Equal(DeadlineLight.Yellow, @case.LightOn(D("2026-02-09"), Cal, new DeadlinePolicy(5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeadlinePolicy(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlinePolicy.Default with { WarningWorkingDays = -1 });
        Assert.Equal(2, DeadlinePolicy.Default.WarningWorkingDays);
    }

    [Fact]
    public void A_paused_case_shows_the_light_it_had_when_the_clock_stopped()
    {
        var @case = Case.Accept(Promised(5, 10), Clerk, Day, Today, Cal);
        @case.Claim(ReviewerMz, Day);
        @case.RequestSupplement(ReviewerMz, At("2026-02-12"), D("2026-02-12"), ["收入证明"]);

        // Weeks later the case would be Severe if the clock ran; paused, it stays as on 02-12.
        Assert.Equal(DeadlineLight.Yellow, @case.LightOn(D("2026-03-10"), Cal, Warn2));
        Assert.Equal(DeadlineLight.Green, @case.LightOn(D("2026-03-10"), Cal, new DeadlinePolicy(1)));
        Assert.Equal(2, @case.RemainingWorkingDays(D("2026-03-10"), Cal));
    }

    [Theory]
    [InlineData(CaseStatus.ReadyForDelivery)]
    [InlineData(CaseStatus.Delivered)]
    [InlineData(CaseStatus.Withdrawn)]
    public void Closed_cases_have_no_light(CaseStatus status)
    {
        var @case = CaseIn(status);
        Assert.Equal(DeadlineLight.None, @case.LightOn(D("2026-03-10"), Cal, Warn2));
        Assert.Null(@case.RemainingWorkingDays(D("2026-03-10"), Cal));
    }

    [Fact]
    public void Instant_cases_have_no_deadline()
    {
        var @case = Case.Accept(Instant(), Clerk, Day, Today, Cal);
        Assert.Equal(DeadlineLight.None, @case.LightOn(D("2026-02-09"), Cal, Warn2));
        Assert.Null(@case.RemainingWorkingDays(D("2026-02-09"), Cal));
    }
}
