using System.Net;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Queue;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>
/// The window at sign-in (ADR 0020), a clerk's hold on a window, and the supervisor's floor of windows and waiting
/// tickets.
/// </summary>
public sealed class QueueWindowTests : QueueHallTestBase
{
    [Fact]
    public async Task A_clerk_who_picks_a_window_at_sign_in_goes_to_take_it_and_everyone_else_goes_on_as_before()
    {
        Assert.Equal("/window/choose?take=2&returnUrl=%2Fintake", await SignInAsync("clerk", "2", "/intake"));
        Assert.Equal("/window/choose?take=4", await SignInAsync("trainee", "4", "/"));
        Assert.Equal("/", await SignInAsync("clerk2", "", "/"));
        Assert.Equal("/", await SignInAsync("clerk2", "99", "/"));
        Assert.Equal("/", await SignInAsync("clerk2", "=1+1", "/"));
        Assert.Equal("/supervisor", await SignInAsync("supervisor", "2", "/supervisor"));
    }

    [Fact]
    public async Task A_clerk_keeps_the_assigned_window_is_refused_anothers_with_the_holders_name_and_releases_it()
    {
        var clerk = await ActorOfAsync("clerk");
        await App.SendAsync(Actors.Supervisor, new AssignWindow(3, clerk.UserId));
        await App.SendAsync(Actors.Clerk, new TakeWindow(1));

        var choice = await App.SendAsync(clerk, new GetWindowChoice());
        Assert.Equal(3, choice.Mine);
        Assert.Equal([(1, (string?)Actors.Clerk.DisplayName, false), (2, (string?)null, false), (3, (string?)clerk.DisplayName, true)],
            choice.Windows.Take(3).Select(w => (w.Window, w.HeldBy, w.IsMine)));
        Assert.Equal(3, (await App.SendAsync(clerk, new GetMyWindow(3))).Seat);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(clerk, new TakeWindow(1)));
        Assert.Equal((QueueRuleCodes.WindowTaken, Actors.Clerk.DisplayName), (refused.Code, refused.Args["heldBy"]));

        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        var called = (await App.SendAsync(clerk, new CallNext(3)))!;
        var serving = await Assert.ThrowsAsync<DomainRuleException>(() => App.SendAsync(clerk, new ReleaseWindow()));
        Assert.Equal(QueueRuleCodes.AlreadyServing, serving.Code);
        await App.SendAsync(clerk, new FinishVisit(called.TicketId));

        await App.SendAsync(clerk, new ReleaseWindow());
        var after = await App.SendAsync(clerk, new GetWindowChoice());
        Assert.Null(after.Mine);
        Assert.Null(after.Windows.Single(w => w.Window == 3).HeldBy);
        Assert.Null((await App.SendAsync(clerk, new GetMyWindow(3))).Seat);
        await App.SendAsync(clerk, new ReleaseWindow()); // holding none is no change, not an error
    }

    [Fact]
    public async Task The_floor_shows_who_sits_where_what_each_window_does_and_the_tickets_waiting_too_long()
    {
        await App.SendAsync(Actors.Clerk, new TakeWindow(1));
        await App.SendAsync(Actors.Clerk2, new TakeWindow(2));
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        await App.SendAsync(Actors.Supervisor, new IssueTicket("A", PriorityReason.None));
        await App.SendAsync(Actors.Clerk2, new CallNext(2));
        App.Clock.Now = FixedClockAppFactory.Now.AddMinutes(21);

        var floor = await App.SendAsync(Actors.Supervisor, new GetQueueFloor());

        Assert.Equal([(1, WindowState.Idle, (string?)Actors.Clerk.DisplayName, (string?)null), (2, WindowState.Serving, (string?)Actors.Clerk2.DisplayName, (string?)"A001"), (3, WindowState.Closed, (string?)null, (string?)null)],
            floor.Windows.Take(3).Select(w => (w.Window, w.State, w.ClerkName, w.TicketNumber)));
        Assert.Equal(1, floor.Categories.Single(c => c.Letter == "A").Waiting);
        Assert.Equal(["A002"], floor.WaitingTooLong);
        Assert.Equal(TimeSpan.Zero, floor.AverageWait);
    }

    private async Task<string> SignInAsync(string user, string window, string returnUrl)
    {
        var client = HttpSignIn.Client(App);
        var token = await HttpSignIn.TokenAsync(client);
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["userName"] = user,
            ["password"] = HttpSignIn.DemoPassword,
            ["returnUrl"] = returnUrl,
            ["window"] = window,
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }
}
