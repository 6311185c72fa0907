using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Queue;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Records the visit a counter decision was made in: the cases, one-time notices and refusals added while the clerk serves
/// a ticket get its visit's id (a nullable column, so the domain types and the requests stay as they are).
/// </summary>
public static class VisitLink
{
    public const string Property = "VisitId";

    /// <summary>The visit <paramref name="clerkId"/> is serving now (serving or held), or null.</summary>
    public static Task<Guid?> CurrentAsync(ClerkDbContext db, string clerkId, CancellationToken ct) =>
        db.QueueTickets.AsNoTracking()
            .Where(t => t.ServedById == clerkId && (t.Status == TicketStatus.Serving || t.Status == TicketStatus.Held))
            .Select(t => t.CurrentVisitId)
            .FirstOrDefaultAsync(ct);

    /// <summary>Stamps every case and decision added to <paramref name="db"/> (not yet saved) with the clerk's current visit.</summary>
    public static async Task StampAddedAsync(ClerkDbContext db, string clerkId, CancellationToken ct)
    {
        if (await CurrentAsync(db, clerkId, ct) is not { } visitId)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && e.Entity is Case or IntakeDecision))
        {
            entry.Property(Property).CurrentValue = visitId;
        }
    }

    public static IQueryable<Case> CasesOf(ClerkDbContext db, Guid visitId) =>
        db.Cases.Where(c => EF.Property<Guid?>(c, Property) == visitId);

    public static IQueryable<IntakeDecision> DecisionsOf(ClerkDbContext db, Guid visitId) =>
        db.IntakeDecisions.Where(d => EF.Property<Guid?>(d, Property) == visitId);
}
