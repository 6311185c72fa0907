using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Shared;

/// <summary>What a case action leaves behind, for the screen that asked.</summary>
public sealed record CaseActionDone(string Number, CaseStatus Status, int Version);

/// <summary>
/// <see cref="AggregateCommands"/> for one case, named by number (back office, counter) or id (supervisor): load, one
/// domain method, save with the <see cref="Case.Version"/> check, publish. A lost race says who holds the case now.
/// </summary>
public sealed class CaseCommands(AggregateCommands commands)
{
    public async Task<CaseActionDone> RunAsync(string number, Action<Case, CommandContext> act, CancellationToken cancellationToken) =>
        Done(await commands.RunAsync(c => c.Number == number, CaseRuleCodes.NotFound, act, cancellationToken, Explain));

    public async Task<CaseActionDone> RunAsync(Guid caseId, Func<Case, CommandContext, Task> act, CancellationToken cancellationToken) =>
        Done(await commands.RunAsync(c => c.Id == caseId, CaseRuleCodes.NotFound, act, cancellationToken, Explain));

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
