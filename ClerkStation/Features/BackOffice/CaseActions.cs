using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.BackOffice;

/// <summary>What a case action leaves behind, for the screen that asked.</summary>
public sealed record CaseActionDone(string Number, CaseStatus Status, int Version);

/// <summary>
/// The shape every case command shares: load the case in a short-lived context, call one domain method, save with the
/// version check, tell open screens. Domain refusals and lost races come back as <see cref="CaseActionException"/>.
/// </summary>
public sealed class CaseActions(IDbContextFactory<ClerkDbContext> dbFactory, LiveUpdates live)
{
    public async Task<CaseActionDone> RunAsync(string number, string actorId, Action<Case> act, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Number == number, cancellationToken)
            ?? throw new CaseActionException(CaseActionException.NotFound, null, $"Case {number} does not exist.");
        var departmentBefore = @case.DepartmentCode;
        try
        {
            act(@case);
        }
        catch (CaseRuleException ex)
        {
            throw new CaseActionException(ex.Code, @case.ClaimedByName, ex.Message, ex);
        }

        await SaveAsync(db, @case, actorId, cancellationToken);
        await PublishAsync(@case, departmentBefore);
        return new CaseActionDone(@case.Number, @case.Status, @case.Version);
    }

    /// <summary>
    /// Saves with the <see cref="Case.Version"/> check. When another save won the race, says who holds the case now
    /// (the clear "claimed by someone else" for two reviewers claiming at once) or that it changed.
    /// </summary>
    public static async Task SaveAsync(ClerkDbContext db, Case @case, string actorId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var now = await db.Cases.AsNoTracking()
                .Where(c => c.Id == @case.Id)
                .Select(c => new { c.ClaimedById, c.ClaimedByName })
                .FirstOrDefaultAsync(CancellationToken.None);
            if (now?.ClaimedById is { } holder && holder != actorId)
            {
                throw new CaseActionException(CaseRuleCodes.ClaimedByOther, now.ClaimedByName, $"Case {@case.Number} was claimed by {now.ClaimedByName} first.", ex);
            }

            throw new CaseActionException(CaseActionException.ChangedByOther, now?.ClaimedByName, $"Case {@case.Number} was changed by someone else.", ex);
        }
    }

    private async Task PublishAsync(Case @case, string departmentBefore)
    {
        await live.PublishAsync(new LiveChange(LiveUpdates.DepartmentTopic(@case.DepartmentCode), @case.Number));
        if (departmentBefore != @case.DepartmentCode)
        {
            await live.PublishAsync(new LiveChange(LiveUpdates.DepartmentTopic(departmentBefore), @case.Number));
        }

        await live.PublishAsync(new LiveChange(LiveUpdates.ClerkTopic(@case.AssignedClerkId), @case.Number));
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic, @case.Number));
    }
}
