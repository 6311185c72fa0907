using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Shared;

/// <summary>What a case action leaves behind, for the screen that asked.</summary>
public sealed record CaseActionDone(string Number, CaseStatus Status, int Version);

/// <summary>
/// <see cref="AggregateCommands"/> for one case, named by its id (a number is unique only within a center, ADR 0009):
/// load, one domain method, save with the <see cref="Case.Version"/> check, publish. The audit row names the case by its
/// number. A case the sender may not see (another center's) is not found; a lost race says who holds the case now.
/// </summary>
public sealed class CaseCommands(AggregateCommands commands)
{
    public Task<CaseActionDone> RunAsync(Guid caseId, Action<Case, CommandContext> act, CancellationToken cancellationToken) =>
        RunAsync(caseId, (c, cmd) =>
        {
            act(c, cmd);
            return Task.CompletedTask;
        }, cancellationToken);

    public async Task<CaseActionDone> RunAsync(Guid caseId, Func<Case, CommandContext, Task> act, CancellationToken cancellationToken) =>
        Done(await commands.RunAsync<Case>(c => c.Id == caseId, CaseRuleCodes.NotFound, (c, cmd) =>
        {
            CommandAudit.Names(c.Number);
            return act(c, cmd);
        }, cancellationToken, Explain));

    private static CaseActionDone Done(Case @case) => new(@case.Number, @case.Status, @case.Version);

    private static async Task<Exception> Explain(CommandContext command, Case @case, DbUpdateConcurrencyException ex) =>
        await ExplainConflictAsync(command.Db, @case, command.Actor.UserId, ex);

    /// <summary>
    /// Another save won the race: say who holds the case now (the clear "claimed by someone else" for two reviewers
    /// claiming at once) or that it changed.
    /// </summary>
    public static async Task<DomainRuleException> ExplainConflictAsync(ClerkDbContext db, Case @case, string actorId, DbUpdateConcurrencyException ex)
    {
        var now = await db.Cases.AsNoTracking()
            .Where(c => c.Id == @case.Id)
            .Select(c => new { c.ClaimedById, c.ClaimedByName })
            .FirstOrDefaultAsync(CancellationToken.None);
        var heldBy = new Dictionary<string, string> { ["heldBy"] = now?.ClaimedByName ?? "—" };
        return now?.ClaimedById is { } holder && holder != actorId
            ? new DomainRuleException(CaseRuleCodes.ClaimedByOther, $"Case {@case.Number} was claimed by {now.ClaimedByName} first.", heldBy, ex)
            : new DomainRuleException(CaseRuleCodes.ChangedByOther, $"Case {@case.Number} was changed by someone else.", heldBy, ex);
    }
}
