using ClerkStation.Features.Api;
using ClerkStation.Features.CaseFile;
using ClerkStation.Infrastructure.Health;
using ClerkStation.Infrastructure.Localization;

namespace ClerkStation.Infrastructure;

/// <summary>
/// The composition root, kept out of Program.cs so tests can reason about it in one place. Each concern registers in its
/// own file: DependencyInjection.Ui, .Center, .Persistence, .Security, .Mediator, .Startup.
/// </summary>
public static partial class DependencyInjection
{
    public static IServiceCollection AddClerkStation(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddClerkUi(configuration);
        services.AddClerkCenterServices(configuration, environment);
        var database = services.AddClerkPersistence(configuration, environment);
        services.AddClerkSecurity(configuration, environment, database);
        services.AddClerkMediator();
        services.AddClerkStartup(configuration, database);
        services.AddCaseFile(configuration);
        Features.Webhooks.WebhookSetup.AddWebhooks(services, configuration);
        services.AddSingleton<Features.Agents.SmsOutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Agents.SmsOutboxSender>());
        services.AddPublicApi(configuration);
        services.AddScoped<Features.Licences.LicenceLibrary>();
        services.AddScoped<Features.Licences.DemoLicenceLibrary>();
        services.AddScoped<Features.Training.PracticeLicences>();
        return services;
    }

    public static WebApplication UseClerkStation(this WebApplication app)
    {
        app.UseWebHardening();
        app.UseApiErrors();
        app.UseApiAudit();
        app.UseRequestLocalization(options =>
        {
            options.SetDefaultCulture(Cultures.Default);
            options.AddSupportedCultures(Cultures.Supported);
            options.AddSupportedUICultures(Cultures.Supported);
            // Only the cookie chooses the language: a browser's Accept-Language must not turn a zh-CN counter English.
            options.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapStaticAssets();
        // The app's own policy already says frame-ancestors 'none' (SecurityHeaders); Blazor's default second header ('self') would only loosen the reading.
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = null);
        app.MapCultureEndpoints();
        Features.Account.AccountEndpoints.MapAccountEndpoints(app);
        Features.Statistics.StatisticsCsv.MapStatisticsCsv(app);
        Features.Statistics.QueueStatisticsCsv.MapQueueStatisticsCsv(app);
        Features.Licences.ExpiringLicencesCsv.MapExpiringLicencesCsv(app);
        app.MapCaseFile();
        app.MapPublicApi();
        app.MapHealthChecks("/healthz", HealthResponse.Options);
        return app;
    }
}
