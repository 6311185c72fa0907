using ClerkStation.Features.Account;
using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Infrastructure;

public static partial class DependencyInjection
{
    /// <summary>Data protection keys, the sign-in cookie, Identity's staff accounts and the login limits.</summary>
    private static void AddClerkSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, DatabaseSettings database)
    {
        // Keys survive a restart, so signed-in clerks and open forms keep working after the server comes back; on
        // PostgreSQL they live in the database, so a cookie issued by one node is read by every other.
        var protection = services.AddDataProtection().SetApplicationName("ClerkStation");
        if (database.Provider == DatabaseProvider.PostgreSQL)
        {
            services.AddScoped(sp => (Persistence.PostgreSQL.PostgresClerkDbContext)sp.GetRequiredService<ClerkDatabases>().Production.CreateDbContext());
            protection.PersistKeysToDbContext<Persistence.PostgreSQL.PostgresClerkDbContext>();
        }
        else
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(environment.ContentRootPath, configuration["DataProtection:KeysFolder"] ?? "App_Data/keys")));
        }

        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<ICurrentUser, CurrentUser>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/login";
            cookie.AccessDeniedPath = "/not-allowed";
            cookie.Cookie.Name = "ClerkStation.Auth";
            cookie.SlidingExpiration = true;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
        });
        services.AddAuthorization();
        // Identity's stores need a DbContext service; it is scoped to each HTTP request or circuit, and always production:
        // staff accounts are about people, not cases, and never live in the practice database.
        services.AddScoped(sp => sp.GetRequiredService<ClerkDatabases>().Production.CreateDbContext());
        services.AddIdentityCore<StaffUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
                options.Password.RequiredLength = 8;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClerkDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();
        services.AddLoginLimits(configuration); // lockout threshold, per-address throttling, the sign-in itself
    }
}
