using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ClerkStation.Infrastructure.Security;

/// <summary>
/// Transport and error-page settings (ADR 0008): forwarded headers from a reverse proxy, HSTS and Secure cookies whenever
/// the request is HTTPS, and no exception details for anyone — in every environment, `dotnet run`'s Development
/// included — unless <c>Security:ShowDetailedErrors</c> is set to true on a developer's machine.
/// </summary>
public static class WebHardening
{
    public const string ShowDetailedErrorsKey = "Security:ShowDetailedErrors";

    public static bool ShowDetailedErrors(IConfiguration configuration) => configuration.GetValue<bool>(ShowDetailedErrorsKey);

    public static IServiceCollection AddWebHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // Only X-Forwarded-For and -Proto, and only from a trusted proxy: loopback by default (nginx on the same
            // machine), more in ReverseProxy:KnownProxies (docs/deployment.md).
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(180));
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>The outer part of the pipeline, in order: proxy headers, error page, HSTS, security headers, cookie policy.</summary>
    public static WebApplication UseWebHardening(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (ShowDetailedErrors(app.Configuration))
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        return app;
    }
}
