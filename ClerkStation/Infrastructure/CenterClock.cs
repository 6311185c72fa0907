using System.Collections.Concurrent;
using ClerkStation.Domain.Centers;
using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Infrastructure;

/// <summary>
/// The current center's local time (ADR 0029): the signed-in staff member's center, the device's center, or the API
/// client's; the default center for city roles and signed-out callers. Acceptance days, case and ticket numbers,
/// deadlines and statistics days are counted in that center's day, whatever the server's own time zone is. Work on a
/// row of a known center (a rating by token, a drilled-in center, demo history) asks <see cref="For"/> that center.
/// </summary>
public sealed class CenterClock(CenterClocks clocks, Workspace workspace, AuthenticationStateProvider authentication)
{
    /// <summary>The center whose day "now" and "today" are.</summary>
    public int CenterId => workspace.IsResolved ? workspace.CenterScope ?? Center.DefaultId : SignedInCenter() ?? Center.DefaultId;

    public DateTimeOffset Now => clocks.For(CenterId).Now;

    /// <summary>The current center's clock, to hand on (<see cref="Commands.CommandParty"/>).</summary>
    public CenterTime Current => clocks.For(CenterId);

    public DateOnly Today => clocks.For(CenterId).Today;

    /// <summary>A stored instant (UTC in the database) as the center's clock shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => clocks.For(CenterId).Local(instant);

    /// <summary>The clock of the center a row belongs to.</summary>
    public CenterTime For(int centerId) => clocks.For(centerId);

    // A component may read the clock before its first request resolves the workspace: the sign-in names the center.
    private int? SignedInCenter()
    {
        try
        {
            var state = authentication.GetAuthenticationStateAsync();
            return state.IsCompletedSuccessfully && CurrentUser.FromPrincipal(state.Result.User) is { IsCityWide: false } actor ? actor.CenterId : null;
        }
        catch (InvalidOperationException)
        {
            return null; // an HTTP request outside Blazor whose authentication state was never set
        }
    }
}

/// <summary>
/// Every center's clock (singleton): the zones come from <see cref="CenterDirectory"/> (reloaded when the city admin saves
/// a center), each resolved once, so asking the time costs no query. A center not loaded yet, or the deployment before
/// any center exists, runs on the configured <c>Center:TimeZone</c>.
/// </summary>
public sealed class CenterClocks(TimeProvider time, CenterDirectory centers, IConfiguration configuration)
{
    private readonly TimeZoneInfo _deployment = CenterTimeZones.Find(configuration["Center:TimeZone"]);
    private readonly ConcurrentDictionary<string, TimeZoneInfo> _zones = new(StringComparer.Ordinal);

    public CenterTime Default => For(Center.DefaultId);

    public CenterTime For(int centerId) => new(time, Zone(centerId));

    public TimeZoneInfo Zone(int centerId) =>
        centers.Find(centerId)?.TimeZoneId is { Length: > 0 } id ? _zones.GetOrAdd(id, CenterTimeZones.Find) : _deployment;
}

/// <summary>One center's "now" and "today".</summary>
public sealed class CenterTime(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);
}
