using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Infrastructure.Security;

/// <summary>
/// The hand-off from an HTTP request to the mediator: <see cref="ICurrentUser"/> reads Blazor's authentication state,
/// which outside a circuit nobody sets, so an endpoint that sends a request first makes this request's user (or the
/// principal it stands for, such as an API client) the current user.
/// </summary>
public static class RequestUser
{
    public static void ActAsCurrentUser(this HttpContext http, ClaimsPrincipal? user = null)
    {
        if (http.RequestServices.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(user ?? http.User)));
        }
    }
}
