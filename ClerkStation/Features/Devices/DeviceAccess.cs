using System.Security.Cryptography;
using System.Text;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Devices;

public enum DeviceCheck
{
    Valid,
    Revoked,
    /// <summary>No such device, a wrong secret, a device of the other kind, or a malformed link (not told apart).</summary>
    Unknown,
}

/// <summary>
/// Device links (ADR "device links"): <c>?device={id}.{secret}</c>, the secret 256 random bits shown once at registration;
/// the database keeps only its SHA-256 (a random secret of that length needs no slow hash). Devices live in the
/// production database whatever the workspace.
/// </summary>
public sealed class DeviceAccess(ClerkDatabases databases, Workspace workspace)
{
    public static string NewSecret() => Queue.TicketDesk.Base64UrlText(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string Link(Guid id, string secret) => id.ToString("N") + "." + secret;

    public async Task<DeviceCheck> CheckAsync(string? link, DeviceKind kind, CancellationToken ct) => (await FindAsync(link, kind, ct)).Check;

    private async Task<(DeviceCheck Check, int CenterId)> FindAsync(string? link, DeviceKind kind, CancellationToken ct)
    {
        var (check, found, center) = await LookUpAsync(link, ct);
        return (check == DeviceCheck.Unknown || found != kind ? DeviceCheck.Unknown : check, center);
    }

    /// <summary>The device a link names, whatever its kind (the API answers a wrong kind differently from a wrong secret).</summary>
    public async Task<(DeviceCheck Check, DeviceKind? Kind)> IdentifyAsync(string? link, CancellationToken ct)
    {
        var (check, kind, _) = await LookUpAsync(link, ct);
        return (check, kind);
    }

    private async Task<(DeviceCheck Check, DeviceKind? Kind, int CenterId)> LookUpAsync(string? link, CancellationToken ct)
    {
        if (link is not { Length: > 33 and < 200 } || link[32] != '.' || !Guid.TryParseExact(link[..32], "N", out var id))
        {
            return (DeviceCheck.Unknown, null, 0);
        }

        await using var db = await databases.Production.CreateDbContextAsync(ct);
        // The device's own center is not known yet: the link is the only key (ADR 0018's escape hatch).
        var device = await db.QueueDevices.AcrossCenters().AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (device is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(device.SecretHash), Encoding.ASCII.GetBytes(Hash(link[33..]))))
        {
            return (DeviceCheck.Unknown, null, 0);
        }

        return (device.IsRevoked ? DeviceCheck.Revoked : DeviceCheck.Valid, device.Kind, device.CenterId);
    }

    /// <summary>
    /// For the device's own requests: anything but a valid, unrevoked link of the right kind is refused; a valid one makes
    /// the rest of the request act for the device's center (its hall, its tickets, its numbers).
    /// </summary>
    public async Task RequireAsync(string? link, DeviceKind kind, string requestName, CancellationToken ct)
    {
        var (check, center) = await FindAsync(link, kind, ct);
        if (check != DeviceCheck.Valid)
        {
            throw new AccessDeniedException(requestName, "device " + check);
        }

        workspace.ActForDevice(center);
    }
}
