using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;
using static ClerkStation.Tests.Domain.Ratings.RatingTestKit;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Ratings;

/// <summary>The steps a rectification task offers are exactly the ones it takes: the board shows nothing the task would refuse.</summary>
public class RectificationAllowedActionsTests
{
    public static TheoryData<RectificationStatus, RectificationAction[]> Offers => new()
    {
        { RectificationStatus.Open, [RectificationAction.RecordCallback, RectificationAction.Appeal] },
        { RectificationStatus.CalledBack, [RectificationAction.RecordFix, RectificationAction.Appeal] },
        { RectificationStatus.Appealed, [RectificationAction.DecideAppeal] },
        { RectificationStatus.Fixed, [RectificationAction.Close] },
        { RectificationStatus.Closed, [] },
        { RectificationStatus.Dismissed, [] },
    };

    [Theory]
    [MemberData(nameof(Offers))]
    public void Each_status_offers_the_supervisor_only_its_next_steps(RectificationStatus status, RectificationAction[] expected)
    {
        var (task, _) = TaskIn(status);

        Assert.Equal(expected.Order(), task.AllowedActions(Supervisor).Order());
    }

    [Fact]
    public void Nobody_but_a_supervisor_is_offered_a_step()
    {
        foreach (var status in Enum.GetValues<RectificationStatus>())
        {
            var (task, _) = TaskIn(status);
            Assert.All(new[] { Clerk, ReviewerMz, Admin, CitySupervisor }, actor => Assert.Empty(task.AllowedActions(actor)));
        }
    }

    [Theory]
    [MemberData(nameof(Offers))]
    public void What_is_not_offered_is_refused_and_what_is_offered_is_done(RectificationStatus status, RectificationAction[] expected)
    {
        foreach (var action in Enum.GetValues<RectificationAction>())
        {
            var (task, rating) = TaskIn(status);
            var attempt = Record.Exception(() => Take(task, rating, action, Supervisor));
            if (expected.Contains(action))
            {
                Assert.Null(attempt);
                Assert.NotEqual(status, task.Status);
            }
            else
            {
                Assert.Equal(RatingRuleCodes.NotAllowedInStatus, Assert.IsType<DomainRuleException>(attempt).Code);
                Assert.Equal(status, task.Status);
            }
        }
    }

    [Fact]
    public void A_step_by_someone_else_is_refused_for_the_role_before_the_status()
    {
        var (task, rating) = TaskIn(RectificationStatus.Fixed);

        foreach (var action in Enum.GetValues<RectificationAction>())
        {
            var refused = Assert.Throws<DomainRuleException>(() => Take(task, rating, action, Clerk));
            Assert.Equal(RatingRuleCodes.RoleNotAllowed, refused.Code);
        }
    }

    private static (RectificationTask Task, ServiceRating Rating) TaskIn(RectificationStatus status)
    {
        var rating = Rated(RatingLevel.Dissatisfied);
        var task = RectificationTask.Open(rating, At("2026-02-13"), D("2026-02-13"), Cal, RectificationPolicy.Zhejiang);
        var day = At("2026-02-14");
        switch (status)
        {
            case RectificationStatus.CalledBack or RectificationStatus.Fixed or RectificationStatus.Closed:
                task.RecordCallback(Supervisor, day, D("2026-02-14"), "已回访");
                if (status is not RectificationStatus.CalledBack)
                {
                    task.RecordFix(Supervisor, day, D("2026-02-14"), "已整改");
                }
                if (status is RectificationStatus.Closed)
                {
                    task.Close(Supervisor, day);
                }
                break;
            case RectificationStatus.Appealed or RectificationStatus.Dismissed:
                task.Appeal(Supervisor, day, "误评");
                if (status is RectificationStatus.Dismissed)
                {
                    task.DecideAppeal(Supervisor, day, CenterDay.Of(day), upheld: true, "核实为误评", rating);
                }
                break;
        }

        Assert.Equal(status, task.Status);
        return (task, rating);
    }

    private static void Take(RectificationTask task, ServiceRating rating, RectificationAction action, Actor actor)
    {
        var day = At("2026-02-24");
        switch (action)
        {
            case RectificationAction.RecordCallback: task.RecordCallback(actor, day, D("2026-02-24"), "已回访"); break;
            case RectificationAction.RecordFix: task.RecordFix(actor, day, D("2026-02-24"), "已整改"); break;
            case RectificationAction.Appeal: task.Appeal(actor, day, "恶意评价"); break;
            case RectificationAction.DecideAppeal: task.DecideAppeal(actor, day, CenterDay.Of(day), upheld: false, "不成立", rating); break;
            case RectificationAction.Close: task.Close(actor, day); break;
        }
    }
}
