using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Appointments;

/// <summary>A booking in the day's list: ID number and phone masked, the status as of now (an unused booking past its slot is a no-show).</summary>
public sealed record AppointmentRow(
    Guid Id, string Code, string Category, DateTimeOffset SlotStart, DateTimeOffset SlotEnd, string ApplicantName, string MaskedIdNumber, string? MaskedPhone,
    AppointmentStatus Status, AppointmentChannel Channel, string? TicketNumber);

/// <summary>The bookings of one day, by slot: the counter's list of today's appointments.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Supervisor)]
public sealed record ListAppointments(DateOnly Day) : IQuery<IReadOnlyList<AppointmentRow>>;

public sealed class ListAppointmentsHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock) : IQueryHandler<ListAppointments, IReadOnlyList<AppointmentRow>>
{
    public async ValueTask<IReadOnlyList<AppointmentRow>> Handle(ListAppointments query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Appointments.AsNoTracking().Where(a => a.Day == query.Day).ToListAsync(cancellationToken);
        var now = clock.Now;
        return rows.OrderBy(a => a.SlotStart).ThenBy(a => a.Category).ThenBy(a => a.BookedAt)
            .Select(a => new AppointmentRow(a.Id, a.Code, a.Category, a.SlotStart, a.SlotEnd, a.ApplicantName, PersonalDataMask.IdNumber(a.IdNumber),
                PersonalDataMask.Phone(a.Phone), a.StatusAt(now), a.Channel, a.TicketNumber))
            .ToList();
    }
}
