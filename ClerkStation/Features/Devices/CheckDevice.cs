using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Devices;

/// <summary>Whether a device page may open: the kiosk and the hall ask before showing anything.</summary>
[AllowAnonymousRequest]
public sealed record CheckDevice(string? Link, DeviceKind Kind) : IQuery<DeviceCheck>;

public sealed class CheckDeviceHandler(DeviceAccess access) : IQueryHandler<CheckDevice, DeviceCheck>
{
    public async ValueTask<DeviceCheck> Handle(CheckDevice query, CancellationToken cancellationToken) =>
        await access.CheckAsync(query.Link, query.Kind, cancellationToken);
}
