using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Devices;

/// <summary>The registered kiosks and hall displays (never their secrets).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ListDevices : IQuery<IReadOnlyList<DeviceRow>>;

public sealed record DeviceRow(Guid Id, string Name, DeviceKind Kind, DateTimeOffset RegisteredAt, DateTimeOffset? RevokedAt);

public sealed class ListDevicesHandler(ClerkDatabases databases, ICurrentUser user) : IQueryHandler<ListDevices, IReadOnlyList<DeviceRow>>
{
    public async ValueTask<IReadOnlyList<DeviceRow>> Handle(ListDevices query, CancellationToken cancellationToken)
    {
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        db.CenterScope = (await user.RequireAsync()).CenterId; // the admin's center's devices only
        var rows = await db.QueueDevices.AsNoTracking()
            .Select(d => new DeviceRow(d.Id, d.Name, d.Kind, d.RegisteredAt, d.RevokedAt))
            .ToListAsync(cancellationToken);
        return rows.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
    }
}
