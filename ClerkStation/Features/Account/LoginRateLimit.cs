using System.Threading.RateLimiting;

namespace ClerkStation.Features.Account;

/// <summary>
/// ASP.NET Core's rate limiter on the login post, partitioned by client address (behind a proxy, the forwarded
/// address): a fixed window of <see cref="LoginLimits.PostsPerMinutePerAddress"/> posts a minute, right or wrong
/// password. The finer limit on failures is <see cref="LoginThrottle"/>. A refused post goes back to the login page,
/// which explains the wait.
/// </summary>
public static class LoginRateLimit
{
    public const string Policy = "login";

    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static IServiceCollection AddLoginLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LoginLimits.Section);
        services.Configure<LoginLimits>(section);
        var limits = section.Get<LoginLimits>() ?? new LoginLimits();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<UnknownAccountLockout>();
        services.AddSingleton<DummyPasswordHash>();
        services.AddScoped<StaffSignIn>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(ClientAddress(http), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, limits.PostsPerMinutePerAddress),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.StatusCode = StatusCodes.Status302Found;
                context.HttpContext.Response.Headers.Location = "/login?error=throttled";
                return ValueTask.CompletedTask;
            };
        });
        services.Configure<Microsoft.AspNetCore.Identity.IdentityOptions>(options =>
        {
            options.Lockout.MaxFailedAccessAttempts = limits.LockoutThreshold;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(limits.LockoutMinutes);
        });
        return services;
    }
}
