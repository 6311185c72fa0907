using System.Security.Claims;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClerkStation.Features.Api;

/// <summary>
/// POST /connect/token (client credentials only). OpenIddict has already checked the client's id, secret, its token
/// permission (removed when the admin disables it) and that it may have the scopes it asked for; this signs the token in:
/// subject = client id, name = the client's display name, cs:center = the client's center, scopes = those asked for, or every scope the client holds.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost(ApiSetup.TokenPath, async (HttpContext http, IOpenIddictApplicationManager applications) =>
        {
            var request = http.GetOpenIddictServerRequest();
            if (request is null || !request.IsClientCredentialsGrantType())
            {
                return Results.Forbid(Failure(Errors.UnsupportedGrantType, "Only client_credentials is supported."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var application = await applications.FindByClientIdAsync(request.ClientId!, http.RequestAborted);
            if (application is null)
            {
                return Results.Forbid(Failure(Errors.InvalidClient, "Unknown client."), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
            }

            var granted = request.GetScopes();
            if (granted.IsEmpty)
            {
                var permissions = await applications.GetPermissionsAsync(application, http.RequestAborted);
                granted = [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                    .Select(p => p[Permissions.Prefixes.Scope.Length..]).Where(ApiScopes.IsKnown)];
            }

            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId);
            identity.SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, http.RequestAborted) ?? request.ClientId);
            // The client's center: what it submits and reads is that center's (ADR 0018's scoping, as for its staff).
            identity.SetClaim(ClaimNames.Center, ApiClientRegistry.CenterOf(await applications.GetPropertiesAsync(application, http.RequestAborted)));
            identity.SetScopes(granted);
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static Microsoft.AspNetCore.Authentication.AuthenticationProperties Failure(string error, string description) => new(new Dictionary<string, string?>
    {
        [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
    });
}
