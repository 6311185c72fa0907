using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Infrastructure.Security;

/// <summary>The person using this circuit or request, as the domain sees them.</summary>
public interface ICurrentUser
{
    Task<Actor?> FindAsync();

    async Task<Actor> RequireAsync() =>
        await FindAsync() ?? throw new AccessDeniedException("current-user", "not signed in");
}

internal sealed class CurrentUser(AuthenticationStateProvider authenticationState) : ICurrentUser
{
    public async Task<Actor?> FindAsync()
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        return FromPrincipal(state.User);
    }

    public static Actor? FromPrincipal(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var name = user.FindFirstValue(ClaimNames.DisplayName) ?? user.Identity.Name ?? id;
        var roles = user.FindAll(ClaimTypes.Role)
            .Select(c => Enum.TryParse<StaffRole>(c.Value, out var role) ? role : (StaffRole?)null)
            .OfType<StaffRole>();
        var departments = user.FindAll(ClaimNames.Department).Select(c => c.Value);
        // Cookies and tokens issued before centers existed carry no center: their holder worked for the default one.
        var center = int.TryParse(user.FindFirstValue(ClaimNames.Center), System.Globalization.CultureInfo.InvariantCulture, out var given) ? given : Domain.Centers.Center.DefaultId;
        return Actor.Create(id, name, roles, departments) with { CenterId = center };
    }
}
