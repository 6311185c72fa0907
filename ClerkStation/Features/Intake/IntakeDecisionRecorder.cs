using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Intake;

/// <summary>
/// What recording a one-time notice and a refusal share: the clerk, the submission key (a repeat returns the first
/// outcome), the day's number in the decision's own series, and one transaction with the key, the audit row and the
/// draft's deletion (<see cref="IntakeDecisionTransaction"/>).
/// </summary>
public sealed class IntakeDecisionRecorder(IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock, ICurrentUser currentUser)
{
    public async Task<IntakeOutcome> RecordAsync(
        Guid submissionKey, string targetCode, string numberPrefix, string action,
        Func<string, IntakeTarget, Actor, DateTimeOffset, IntakeDecision> decide, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await IntakeDecisionTransaction.RunAsync(db, submissionKey, clerk, action, targetCode, clock.Now, async () =>
        {
            var target = store.FindTarget(targetCode)!;
            var number = CaseNumber.Format(numberPrefix, clock.Today, await NumberGenerator.NextAsync(db, numberPrefix, clock.Today, cancellationToken));
            var decision = decide(number, target, clerk, clock.Now);
            db.IntakeDecisions.Add(decision);
            return new IntakeOutcome([], null, decision.Id, decision.Number, decision.Kind);
        }, cancellationToken);
    }
}
