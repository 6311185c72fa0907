using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Appointments;

/// <summary>The caller rang back: the booking is cancelled and its place is free again.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Supervisor)]
public sealed record CancelAppointment(Guid AppointmentId) : ICommand, IAuditTarget
{
    public string? AuditTarget => AppointmentId.ToString();
}

public sealed class CancelAppointmentHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CenterClock clock) : ICommandHandler<CancelAppointment>
{
    public async ValueTask<Unit> Handle(CancelAppointment command, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == command.AppointmentId, cancellationToken)
            ?? throw DomainRuleException.NotFound(AppointmentRuleCodes.NotFound, "Booking");
        var now = clock.Now;
        appointment.Cancel(now);
        CommandAudit.AddTo(db, actor, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException(AppointmentRuleCodes.NotBooked, "The booking was checked in or cancelled a moment ago.");
        }

        return Unit.Value;
    }
}
