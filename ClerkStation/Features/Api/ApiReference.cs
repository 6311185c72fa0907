using ClerkStation.Infrastructure.Seeding;
using Scalar.AspNetCore;

namespace ClerkStation.Features.Api;

/// <summary>
/// The browsable API reference for integrators (Scalar, MIT) at <see cref="Path"/>, reading <c>/openapi/v1.json</c>.
/// Served in Development and in demo mode only, anonymously; its page needs an inline start-up script, so the CSP for
/// this path alone allows inline scripts (<see cref="Infrastructure.Security.SecurityHeaders"/>). No CDN: the fonts
/// and the script come from this site, telemetry is off.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/reference";

    public static bool IsServed(IServiceProvider services) =>
        services.GetRequiredService<IHostEnvironment>().IsDevelopment()
        || services.GetRequiredService<IConfiguration>().GetValue<bool>(DemoOptions.Section + ":Enabled");

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        if (!IsServed(app.ServiceProvider))
        {
            return app;
        }

        app.MapScalarApiReference(Path, options =>
        {
            options.Title = "ClerkStation API";
            options.OpenApiRoutePattern = "/openapi/{documentName}.json";
            options.DefaultFonts = false;
            options.Telemetry = false;
        }).AllowAnonymous();
        return app;
    }
}
