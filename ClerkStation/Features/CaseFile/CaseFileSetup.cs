namespace ClerkStation.Features.CaseFile;

/// <summary>The case file slice's services: options, the store, the sweeper and its /healthz entry.</summary>
public static class CaseFileSetup
{
    public static IServiceCollection AddCaseFile(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CaseFileOptions>(configuration.GetSection(CaseFileOptions.Section));
        services.AddSingleton<CaseFileStore>();
        services.AddSingleton<OrphanFileSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<OrphanFileSweeper>());
        services.AddHealthChecks().AddCheck<CaseFileHealthCheck>("casefile");
        return services;
    }
}
