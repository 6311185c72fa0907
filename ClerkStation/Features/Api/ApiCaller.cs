using System.Security.Claims;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClerkStation.Features.Api;

/// <summary>
/// The client behind a bearer token, as the rest of the app sees a caller: its id (the token's subject), its name, its
/// center, and the <see cref="StaffRole.ApiClient"/> role the mediator requests of the API declare.
/// </summary>
public static class ApiCaller
{
    public const string UserIdPrefix = "api:";

    public static string? ClientId(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst(Claims.Subject)?.Value : null;

    public static string ClientName(ClaimsPrincipal user) =>
        user.FindFirst(Claims.Name)?.Value ?? ClientId(user) ?? string.Empty;

    /// <summary>The principal the mediator pipeline reads (<see cref="CurrentUser"/>): never a staff member's.</summary>
    public static ClaimsPrincipal AsActor(ClaimsPrincipal token) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, UserIdPrefix + ClientId(token)),
            new Claim(ClaimNames.DisplayName, ClientName(token)),
            new Claim(ClaimTypes.Role, nameof(StaffRole.ApiClient)),
            new Claim(ClaimNames.Center, token.FindFirst(ClaimNames.Center)?.Value ?? Domain.Centers.Center.DefaultId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ],
        authenticationType: "api"));
}
