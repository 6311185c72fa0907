using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Queue;

/// <summary>
/// The few waiting tickets one of which <see cref="CallOrder"/> calls next at a window, instead of every waiting ticket:
/// all checked-in appointments (whether a slot has started is the domain's question, and there are few of them), and the
/// first priority and the first ordinary tickets by arrival. A ticket's id is a version-7 GUID made from its issue time,
/// so ordering by id is ordering by arrival to the millisecond on both providers (SQLite cannot order by a
/// DateTimeOffset); within one millisecond CallOrder settles the order from the issue time itself.
/// </summary>
public static class CallCandidates
{
    private const int PerGroup = 4;

    public static async Task<List<QueueTicket>> LoadAsync(ClerkDbContext db, DateOnly day, QueueWindow window, CancellationToken ct)
    {
        var categories = window.Categories.ToList();
        var number = window.Number;
        // Exactly QueueTicket.IsCallableBy: a ticket transferred to a window is that window's only.
        var callable = db.QueueTickets.AsNoTracking().Where(t => t.Day == day && t.Status == TicketStatus.Waiting
            && (t.TargetWindow == number || (t.TargetWindow == null && categories.Contains(t.Category))));
        var appointments = await callable.Where(t => t.AppointmentStart != null).ToListAsync(ct);
        var priority = await FirstByArrivalAsync(callable.Where(t => t.Priority != PriorityReason.None), ct);
        var ordinary = await FirstByArrivalAsync(callable.Where(t => t.Priority == PriorityReason.None), ct);
        return appointments.Concat(priority).Concat(ordinary).DistinctBy(t => t.Id).ToList();
    }

    /// <summary>
    /// The first tickets by id, which hold every ticket of the earliest millisecond unless all of them share it; then more
    /// of that millisecond may follow (ordered by issue time, not id, within it), and the group is read whole.
    /// </summary>
    private static async Task<List<QueueTicket>> FirstByArrivalAsync(IQueryable<QueueTicket> group, CancellationToken ct)
    {
        var first = await group.OrderBy(t => t.Id).Take(PerGroup).ToListAsync(ct);
        return first.Count == PerGroup && first[^1].IssuedAt.ToUnixTimeMilliseconds() == first[0].IssuedAt.ToUnixTimeMilliseconds()
            ? await group.ToListAsync(ct)
            : first;
    }
}
