using Bunit;
using ClerkStation.Domain.Cases;
using ClerkStation.Features.BackOffice;
using Microsoft.AspNetCore.Components;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Components.BackOffice;

/// <summary>The review page's action bar offers exactly what the case allows the reviewer, and sends what was clicked.</summary>
public sealed class CaseActionBarTests : MudComponentTest
{
    private IRenderedComponent<CaseActionBar> RenderFor(Case @case, string userId, Action<CaseAction>? clicked = null)
    {
        var reviewer = new[] { ReviewerMz, ReviewerMz2 }.Single(r => r.UserId == userId);
        return Render<CaseActionBar>(p => p
            .Add(c => c.Case, @case)
            .Add(c => c.Allowed, @case.AllowedActions(reviewer))
            .Add(c => c.UserId, userId)
            .Add(c => c.OnAction, EventCallback.Factory.Create<CaseAction>(this, a => clicked?.Invoke(a))));
    }

    private static IEnumerable<string?> Offered(IRenderedComponent<CaseActionBar> cut) =>
        cut.FindAll("button[data-action]").Select(b => b.GetAttribute("data-action"));

    [Fact]
    public void The_holder_of_a_case_in_review_gets_the_decisions_and_the_queue_actions()
    {
        var cut = RenderFor(CaseIn(CaseStatus.InReview), ReviewerMz.UserId);

        Assert.Equal(["Approve", "Deny", "RequestSupplement", "Suspend", "Release", "ReturnMisrouted"], Offered(cut));
        Assert.Empty(cut.FindAll("[data-testid=held-by-other]"));
    }

    [Fact]
    public void Another_reviewer_sees_who_holds_the_case_and_no_button()
    {
        var cut = RenderFor(CaseIn(CaseStatus.InReview), ReviewerMz2.UserId);

        Assert.Empty(Offered(cut));
        Assert.Contains(ReviewerMz.DisplayName, cut.Find("[data-testid=held-by-other]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_routed_case_offers_claim_and_return_and_a_click_sends_its_action()
    {
        CaseAction? sent = null;
        var cut = RenderFor(CaseIn(CaseStatus.Routed), ReviewerMz2.UserId, a => sent = a);

        Assert.Equal(["Claim", "ReturnMisrouted"], Offered(cut));
        cut.Find("button[data-action=Claim]").Click();
        Assert.Equal(CaseAction.Claim, sent);
    }
}
