using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Training;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>
/// The back office of the practice workspace: when a trainee accepts a promised case in practice, a simulated
/// reviewer of the case's department claims it and answers as the active scenario scripts it (approve, deny, ask for a
/// supplement; approve when no scenario is running), and approves once the trainee records the supplement at the
/// counter. What it changes is published as a reviewer's change is (live updates, licences on approval). In production
/// this handler does nothing.
/// </summary>
public sealed class SimulateBackOffice(
    Workspace workspace,
    AggregateCommands commands,
    ClerkDatabases databases,
    ScenarioLibrary library,
    ICurrentUser currentUser,
    CenterClock clock,
    ILogger<SimulateBackOffice> logger) : DomainEventHandler<CaseChanged>
{
    public const string ReviewerId = "simulated-reviewer";

    public static Actor ReviewerFor(string departmentCode) =>
        Actor.Create(ReviewerId, "模拟审批员 Simulated reviewer", [StaffRole.Reviewer], [departmentCode]);

    protected override async ValueTask HandleAsync(CaseChanged notification, CancellationToken cancellationToken)
    {
        if (!workspace.IsPractice)
        {
            return;
        }
        if (notification.Type == CaseEventType.SupplementReceived)
        {
            await ApproveAfterSupplementAsync(notification.CaseId, cancellationToken);
            return;
        }
        if (notification.Type != CaseEventType.Accepted)
        {
            return;
        }

        var response = SimulatedResponse.Approve;
        if (await currentUser.FindAsync() is { } actor)
        {
            await using var training = await databases.Production.CreateDbContextAsync(cancellationToken);
            if (await ScorePracticeRun.ActiveRun(training, actor.UserId) is { } run
                && await library.FindAsync(databases, run.ScenarioCode, cancellationToken) is { } scenario)
            {
                response = scenario.Response;
            }
        }

        // The command path writes the workspace's database: this is the practice database. The trainee's screens hear
        // the answer as a real reviewer's.
        try
        {
            await commands.RunAsync(await commands.AnyoneAsync(clock.Current), async answer =>
            {
                var @case = await answer.Db.Cases.FirstOrDefaultAsync(c => c.Id == notification.CaseId, cancellationToken);
                if (@case is { Status: CaseStatus.Routed })
                {
                    Apply(@case, response, answer.Now, answer.Today); // instant items are finished at the counter already
                }
                return @case;
            }, cancellationToken);
        }
        catch (DomainRuleException ex)
        {
            // The acceptance is saved; a script the case rules refuse leaves the case in the (simulated) queue.
            logger.LogWarning(ex, "Simulated back office could not answer {Number}", notification.Number);
        }
    }

    // The simulated reviewer holds the case it asked a supplement for: back in review, it approves.
    private async Task ApproveAfterSupplementAsync(Guid caseId, CancellationToken cancellationToken) =>
        await commands.RunAsync(await commands.AnyoneAsync(clock.Current), async answer =>
        {
            var @case = await answer.Db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
            if (@case is { Status: CaseStatus.InReview, ClaimedById: ReviewerId })
            {
                @case.Approve(ReviewerFor(@case.DepartmentCode), answer.Now, "模拟：补正后准予");
            }
            return @case;
        }, cancellationToken);

    public static void Apply(Case @case, SimulatedResponse response, DateTimeOffset now, DateOnly today)
    {
        var reviewer = ReviewerFor(@case.DepartmentCode);
        @case.Claim(reviewer, now);
        switch (response.Kind)
        {
            case SimulatedResponseKind.Deny:
                @case.Deny(reviewer, now, response.Note ?? "模拟：不予许可");
                break;
            case SimulatedResponseKind.RequestSupplement:
                @case.RequestSupplement(reviewer, now, today, response.SupplementItems);
                break;
            default:
                @case.Approve(reviewer, now, response.Note);
                break;
        }
    }
}
