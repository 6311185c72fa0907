using ClerkStation.Domain.Cases;
using ClerkStation.Features.Track;
using static ClerkStation.Tests.Features.BackOffice.CaseScenario;

namespace ClerkStation.Tests.Features.Track;

public sealed class TrackThrottleTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Three_wrong_guesses_are_free_then_each_one_blocks_longer()
    {
        var time = new ManualTime();
        var throttle = new TrackThrottle(time);
        for (var i = 0; i < TrackThrottle.FreeAttempts; i++)
        {
            Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("1.2.3.4", "ZS-1"));
            throttle.Failed("1.2.3.4", "ZS-1");
        }

        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("1.2.3.4", "ZS-1"));
        throttle.Failed("1.2.3.4", "ZS-1");
        Assert.Equal(TrackThrottle.FirstBlock, throttle.RetryAfter("1.2.3.4", "ZS-1"));

        time.Now += TrackThrottle.FirstBlock;
        throttle.Failed("1.2.3.4", "ZS-1");
        Assert.Equal(TrackThrottle.FirstBlock * 2, throttle.RetryAfter("1.2.3.4", "ZS-1"));
    }

    [Fact]
    public void The_case_number_is_protected_from_other_addresses_and_the_address_for_other_numbers()
    {
        var throttle = new TrackThrottle(new ManualTime());
        for (var i = 0; i <= TrackThrottle.FreeAttempts; i++)
        {
            throttle.Failed("10.0.0." + i, "ZS-2");
        }

        Assert.True(throttle.RetryAfter("10.9.9.9", "zs-2") > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, throttle.RetryAfter("10.9.9.9", "ZS-3"));

        for (var i = 0; i <= TrackThrottle.FreeAttempts; i++)
        {
            throttle.Failed("10.1.1.1", "ZS-" + (100 + i));
        }

        Assert.True(throttle.RetryAfter("10.1.1.1", "ZS-999") > TimeSpan.Zero);
    }

    [Fact]
    public void The_block_never_exceeds_the_maximum()
    {
        var throttle = new TrackThrottle(new ManualTime());
        for (var i = 0; i < 40; i++)
        {
            throttle.Failed("x", "ZS-4");
        }

        Assert.Equal(TrackThrottle.MaxBlock, throttle.RetryAfter("x", "ZS-4"));
    }
}

public sealed class TrackCaseTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task The_right_last_four_show_status_and_timeline_without_personal_data()
    {
        var number = (await SubmitPromisedAsync(app)).Number;
        var result = await app.SendAsync(null, new TrackCase(number, ApplicantId[^4..], "203.0.113.1"));
        Assert.Equal(TrackResultKind.Found, result.Kind);
        Assert.Equal(CaseStatus.Routed, result.Case!.Status);
        Assert.Equal(CaseEventType.Accepted, Assert.Single(result.Case.Steps).Type);
        // The public shape carries no names, ID numbers or reasons at all.
        Assert.DoesNotContain(typeof(TrackedCase).GetProperties(), p => p.Name.Contains("Name", StringComparison.Ordinal) && p.Name != "ItemName");
        Assert.Equal(["At", "Type", "To"], typeof(TrackStep).GetProperties().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Repeated_wrong_guesses_are_throttled_even_before_the_right_answer()
    {
        var number = (await SubmitPromisedAsync(app)).Number;
        for (var i = 0; i <= TrackThrottle.FreeAttempts; i++)
        {
            Assert.Equal(TrackResultKind.NoMatch, (await app.SendAsync(null, new TrackCase(number, "000" + i, "203.0.113.7"))).Kind);
        }

        var blocked = await app.SendAsync(null, new TrackCase(number, ApplicantId[^4..], "203.0.113.7"));
        Assert.Equal(TrackResultKind.Throttled, blocked.Kind);
        Assert.True(blocked.RetryAfter > TimeSpan.Zero);
        Assert.Null(blocked.Case);
    }
}
