using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Devices;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Appointments;

/// <summary>What the kiosk prints after a check-in: the ticket, and whether it came too late to keep its slot.</summary>
public sealed record AppointmentCheckedIn(TicketPosition Ticket, string Code, DateTimeOffset SlotStart, DateTimeOffset SlotEnd, bool Late);

/// <summary>
/// 预约签到 at the kiosk (or a ticket machine through the API): the booking code, or the resident ID number of today's
/// booking. Carries the kiosk's device link like <see cref="IssueKioskTicket"/>, checked before anything is looked up.
/// </summary>
[AllowAnonymousRequest]
public sealed record CheckInAppointment(string? DeviceLink, string CodeOrIdNumber, PriorityReason Priority) : ICommand<AppointmentCheckedIn>;

public sealed class CheckInAppointmentValidator : IRequestValidator<CheckInAppointment>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(CheckInAppointment message, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(
            string.IsNullOrWhiteSpace(message.CodeOrIdNumber) || message.CodeOrIdNumber.Trim().Length > 18
                ? [new ValidationProblem("code", AppointmentRuleCodes.CodeRequired)]
                : !Enum.IsDefined(message.Priority) ? [new ValidationProblem("priority", QueueRuleCodes.UnknownCategory)] : []);
}

public sealed class CheckInAppointmentHandler(DeviceAccess devices, IDbContextFactory<ClerkDbContext> dbFactory, TicketDesk desk, CenterClock clock)
    : ICommandHandler<CheckInAppointment, AppointmentCheckedIn>
{
    public async ValueTask<AppointmentCheckedIn> Handle(CheckInAppointment command, CancellationToken cancellationToken)
    {
        await devices.RequireAsync(command.DeviceLink, DeviceKind.Kiosk, nameof(CheckInAppointment), cancellationToken);
        var id = await FindAsync(command.CodeOrIdNumber.Trim().ToUpperInvariant(), cancellationToken)
            ?? throw DomainRuleException.NotFound(AppointmentRuleCodes.NotFound, "Booking");
        var (ticket, appointment) = await desk.CheckInAsync(id, command.Priority, cancellationToken);
        return new AppointmentCheckedIn(ticket, appointment.Code, appointment.SlotStart, appointment.SlotEnd, appointment.Status == AppointmentStatus.Late);
    }

    /// <summary>A code names one booking; an ID number names today's unused booking, the earliest slot not yet over first.</summary>
    private async Task<Guid?> FindAsync(string input, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (input.Length == AppointmentBook.CodeLength)
        {
            return await db.Appointments.AsNoTracking().Where(a => a.Code == input).Select(a => (Guid?)a.Id).SingleOrDefaultAsync(ct);
        }

        var now = clock.Now;
        var today = clock.Today;
        var mine = await db.Appointments.AsNoTracking().Where(a => a.Day == today && a.IdNumber == input && a.Status == AppointmentStatus.Booked).ToListAsync(ct);
        return mine.OrderBy(a => a.SlotEnd < now).ThenBy(a => a.SlotStart).Select(a => (Guid?)a.Id).FirstOrDefault();
    }
}
