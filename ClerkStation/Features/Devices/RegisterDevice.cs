using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Devices;

/// <summary>The admin registers a kiosk or a hall display; the answer holds its link, the only time the secret is shown.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RegisterDevice(string Name, DeviceKind Kind) : ICommand<RegisteredDevice>, IAuditTarget
{
    public string? AuditTarget => Name;
}

/// <param name="Link">The device's part of the address (?device=…): shown once, never stored in clear.</param>
public sealed record RegisteredDevice(Guid Id, string Link);

public sealed class RegisterDeviceValidator : IRequestValidator<RegisterDevice>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RegisterDevice message, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(
            string.IsNullOrWhiteSpace(message.Name) || message.Name.Trim().Length > 100 || !Enum.IsDefined(message.Kind)
                ? [new ValidationProblem("name", QueueRuleCodes.DeviceNameRequired)]
                : []);
}

public sealed class RegisterDeviceHandler(ClerkDatabases databases, ICurrentUser user, CenterClock clock) : ICommandHandler<RegisterDevice, RegisteredDevice>
{
    public async ValueTask<RegisteredDevice> Handle(RegisterDevice command, CancellationToken cancellationToken)
    {
        var admin = await user.RequireAsync();
        var secret = DeviceAccess.NewSecret();
        var device = QueueDevice.Register(command.Name, command.Kind, DeviceAccess.Hash(secret), admin.DisplayName, clock.Now);
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        db.CenterScope = admin.CenterId; // the device belongs to the admin's center (ADR 0025)
        db.QueueDevices.Add(device);
        CommandAudit.AddTo(db, admin, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        return new RegisteredDevice(device.Id, DeviceAccess.Link(device.Id, secret));
    }
}
