using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Queue;

/// <summary>The window bar: the ticket this clerk serves, the window's missed list that can still be called back, who waits.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetMyWindow(int Window) : IQuery<WindowBoard>;

/// <param name="Appointment">Checked in on time for an appointment (预约): called ahead within its slot.</param>
public sealed record ServedTicket(Guid Id, string Number, TicketStatus Status, int CallCount, PriorityReason Priority, string? TransferNote, Guid? VisitId, bool Appointment = false);

public sealed record MissedTicket(Guid Id, string Number, int MinutesLeft);

/// <param name="Seat">The window this clerk holds (taken at sign-in or on the bar, or assigned), if any.</param>
/// <param name="AppointmentsWaiting">Of <paramref name="Waiting"/>, the tickets checked in for an appointment.</param>
public sealed record WindowBoard(int Window, ServedTicket? Current, IReadOnlyList<MissedTicket> Missed, int Waiting, int? Seat, int AppointmentsWaiting = 0);

public sealed class GetMyWindowHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser user, CenterClock clock, QueueSettings settings)
    : IQueryHandler<GetMyWindow, WindowBoard>
{
    public async ValueTask<WindowBoard> Handle(GetMyWindow query, CancellationToken cancellationToken)
    {
        var window = settings.Window(query.Window);
        var clerk = await user.RequireAsync();
        var now = clock.Now;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var tickets = await db.QueueTickets.AsNoTracking().Where(t => t.Day == clock.Today
            && (t.Status == TicketStatus.Waiting || t.ServedById == clerk.UserId || (t.Status == TicketStatus.Missed && t.Window == window.Number)))
            .ToListAsync(cancellationToken);
        var current = tickets.FirstOrDefault(t => t.ServedById == clerk.UserId && t.Status is TicketStatus.Serving or TicketStatus.Held);
        var missed = tickets.Where(t => t.Status == TicketStatus.Missed && t.Window == window.Number && !t.IsExpired(now, settings.MissedRecallLimit))
            .OrderBy(t => t.Sequence)
            .Select(t => new MissedTicket(t.Id, t.Number, (int)Math.Ceiling((settings.MissedRecallLimit - (now - t.MissedAt!.Value)).TotalMinutes)))
            .ToList();
        var seat = await db.WindowSeats.AsNoTracking().Where(s => s.ClerkId == clerk.UserId).Select(s => (int?)s.Window).FirstOrDefaultAsync(cancellationToken);
        var waiting = CallOrder.For(tickets, window, now).ToList();
        return new WindowBoard(window.Number,
            current is null ? null : new ServedTicket(current.Id, current.Number, current.Status, current.CallCount, current.Priority, current.TransferNote,
                current.CurrentVisitId, current.AppointmentStart is not null),
            missed, waiting.Count, seat, waiting.Count(t => t.AppointmentStart is not null));
    }
}
