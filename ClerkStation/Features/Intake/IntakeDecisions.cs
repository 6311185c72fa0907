using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.OnlineApplications;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Intake;

/// <summary>
/// A counter decision (accept, one-time notice, refusal) through the one command path, as ONE write transaction: the
/// day's number(s), the case or notice, the submission key with its outcome (ADR 0004), the audit row and the deletion
/// of the application's draft, and the answered pre-application's outcome, commit together or not at all (ADR 0007).
/// The cases' events and the submission's <see cref="CounterDecided"/> are published by the one dispatcher after the
/// commit (a repeat raises nothing). A crash can never leave a decided application with its draft, nor a number, case or
/// audit row without the others.
/// </summary>
public sealed class IntakeDecisions(AggregateCommands commands)
{
    /// <param name="decide">Allocates numbers through the context and adds the decision's rows; it runs inside the transaction.</param>
    public async Task<IntakeOutcome> RecordAsync(ICounterDecision request, Func<CommandContext, Task<IntakeOutcome>> decide, CancellationToken ct)
    {
        var submissionKey = request.SubmissionKey;
        var outcome = await commands.RunAsync(async command =>
        {
            var db = command.Db;
            // A repeat (double click, retry, a restored draft already decided) is answered without taking the write lock.
            if (await IntakeSubmissions.FindAsync(db, submissionKey, ct) is { } earlier)
            {
                CommandAudit.Unchanged();
                return earlier;
            }

            // BEGIN IMMEDIATE: the write lock is taken first, so the checks below see every committed decision and the
            // transaction never has to upgrade a read lock (which SQLite refuses with "database is locked").
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await IntakeSubmissions.FindAsync(db, submissionKey, ct) is { } raced)
            {
                CommandAudit.Unchanged();
                return raced;
            }

            var decided = await decide(command);
            await PreApplicationOutcomes.RecordAsync(db, await PreApplicationOutcomes.LinkedIdAsync(db, request, ct), decided, command.Now, ct);
            await VisitLink.StampAddedAsync(db, command.Actor.UserId, ct);
            IntakeSubmissions.Remember(db, request, command.Actor.UserId, decided, command.Now);
            CommandAudit.AddTo(db, command.Actor, command.Now);
            await IntakeDrafts.DeleteAsync(db, command.Actor.UserId, submissionKey, ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return decided;
        }, ct);
        return outcome;
    }

    /// <summary>A one-time notice or a refusal: numbered in its own daily series (<paramref name="numberPrefix"/>).</summary>
    public Task<IntakeOutcome> RecordNumberedAsync(
        ICounterDecision request, string numberPrefix, Func<string, CommandContext, IntakeDecision> decide, CancellationToken ct) =>
        RecordAsync(request, async command =>
        {
            var sequence = await NumberGenerator.NextAsync(command.Db, numberPrefix, command.Today, ct);
            var decision = decide(CaseNumber.Format(numberPrefix, command.Today, sequence), command);
            command.Db.IntakeDecisions.Add(decision);
            return new IntakeOutcome([], null, decision.Id, decision.Number, decision.Kind);
        }, ct);
}
