using ClerkStation.Features.Account;
using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure.Health;
using ClerkStation.Infrastructure.Localization;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using ClerkStation.Infrastructure.Seeding;
using Mediator;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;

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
