using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClerkStation.Infrastructure.Security;

/// <summary>Puts the display name, the center and the reviewer's departments into the sign-in cookie.</summary>
internal sealed class StaffClaimsFactory(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    Practice.ClerkDatabases databases)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimNames.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName));
        identity.AddClaim(new Claim(ClaimNames.Center, user.CenterId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var db = await databases.Production.CreateDbContextAsync();
        var departments = await db.StaffDepartments.Where(d => d.UserId == user.Id).Select(d => d.DepartmentCode).ToListAsync();
        foreach (var code in departments)
        {
            identity.AddClaim(new Claim(ClaimNames.Department, code));
        }

        return identity;
    }
}
