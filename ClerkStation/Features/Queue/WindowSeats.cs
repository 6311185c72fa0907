using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Queue;

/// <summary>
/// Seating a clerk at a window inside a command's context: the window's key refuses a second holder at the database, and
/// the clerk leaves the window held before (not while serving a ticket there).
/// </summary>
public static class WindowSeats
{
    public static async Task SeatAsync(ClerkDbContext db, QueueWindow window, string clerkId, string clerkName, DateTimeOffset now, CancellationToken ct)
    {
        var holder = await db.WindowSeats.FirstOrDefaultAsync(s => s.Window == window.Number, ct);
        if (WindowSeat.Take(window, clerkId, clerkName, holder, now) is not { } seat)
        {
            return;
        }
        if (await db.WindowSeats.FirstOrDefaultAsync(s => s.ClerkId == clerkId, ct) is { } before)
        {
            await RequireIdleAsync(db, clerkId, ct);
            before.Leave();
            db.WindowSeats.Remove(before);
        }
        db.WindowSeats.Add(seat);
    }

    /// <summary>A clerk serving or holding a ticket stays at that window until it is finished, transferred or missed.</summary>
    public static async Task RequireIdleAsync(ClerkDbContext db, string clerkId, CancellationToken ct)
    {
        if (await db.QueueTickets.AnyAsync(t => t.ServedById == clerkId && (t.Status == TicketStatus.Serving || t.Status == TicketStatus.Held), ct))
        {
            throw new DomainRuleException(QueueRuleCodes.AlreadyServing, "Finish, transfer or mark the current ticket first.");
        }
    }

    /// <summary>Runs a seating command; when another clerk took the window first (the key refused the insert), says who holds it.</summary>
    public static async Task<T> RefusingTakenAsync<T>(IDbContextFactory<ClerkDbContext> dbFactory, int window, Func<Task<T>> run, CancellationToken ct)
    {
        try
        {
            return await run();
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var holder = await db.WindowSeats.AsNoTracking().FirstOrDefaultAsync(s => s.Window == window, ct);
            throw holder is null ? new DomainRuleException(QueueRuleCodes.NotAllowedInStatus, "The window changed meanwhile.", null, ex) : WindowSeat.HeldBy(holder);
        }
    }
}
