using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Infrastructure;

public static partial class DependencyInjection
{
    /// <summary>The mediator and its pipeline, in order (docs/architecture.md).</summary>
    private static void AddClerkMediator(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(AuthorizationBehavior<,>),
                typeof(WorkspaceSelectionBehavior<,>),
                typeof(AuditBehavior<,>),
                typeof(ValidationBehavior<,>),
            ];
        });
    }
}
