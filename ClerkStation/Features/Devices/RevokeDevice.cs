using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Devices;

/// <summary>A lost or replaced device: its link is refused from now on (the page shows a refusal, its requests fail).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RevokeDevice(Guid DeviceId) : ICommand, IAuditTarget
{
    public string? AuditTarget => DeviceId.ToString();
}

public sealed class RevokeDeviceHandler(ClerkDatabases databases, ICurrentUser user, CenterClock clock) : ICommandHandler<RevokeDevice>
{
    public async ValueTask<Unit> Handle(RevokeDevice command, CancellationToken cancellationToken)
    {
        var admin = await user.RequireAsync();
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        db.CenterScope = admin.CenterId; // another center's device is not found
        var device = await db.QueueDevices.FirstOrDefaultAsync(d => d.Id == command.DeviceId, cancellationToken)
            ?? throw DomainRuleException.NotFound(QueueRuleCodes.NotFound, "Device");
        device.Revoke(clock.Now);
        CommandAudit.AddTo(db, admin, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
