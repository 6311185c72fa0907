using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The app's own composition root (<see cref="DependencyInjection.AddClerkStation"/>) over a benchmark database, with
/// the center's clock moved to the generated history's "today" and a fixed signed-in person as <see cref="ICurrentUser"/>
/// (as the handler tests do in ClerkStation.Tests/Support). Requests go through the real mediator pipeline.
/// </summary>
public static class BenchApp
{
    /// <param name="actor">Who is signed in for every scope; null: the app's own sign-in (cookies, for a browser).</param>
    /// <param name="settings">Settings over the defaults before the app is composed (e.g. <c>Database:Provider</c> for PostgreSQL).</param>
    public static WebApplication Build(string databasePath, Func<Actor?>? actor, Action<WebApplicationBuilder>? configure = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Path.Combine(Path.GetDirectoryName(databasePath)!, "app-" + Path.GetFileNameWithoutExtension(databasePath));
        Directory.CreateDirectory(folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = "ClerkStation", // its static web assets manifests are copied next to the benchmark
            ContentRootPath = Path.Combine(SupervisorDatabase.RepositoryRoot, "ClerkStation"),
            EnvironmentName = "Benchmark",
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Clerk"] = $"Data Source={databasePath}",
            ["ConnectionStrings:Practice"] = $"Data Source={Path.Combine(folder, "practice.db")}",
            ["DataProtection:KeysFolder"] = Path.Combine(folder, "keys"),
            ["Demo:Enabled"] = "false",
            ["Demo:History"] = "false",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        builder.Logging.ClearProviders();
        builder.Services.AddClerkStation(builder.Configuration, builder.Environment);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new ShiftedTime(SupervisorDatabase.Today)));
        if (actor is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Scoped<ICurrentUser>(_ => new FixedUser(actor())));
        }
        configure?.Invoke(builder);
        return builder.Build();
    }

    private sealed class FixedUser(Actor? actor) : ICurrentUser
    {
        public Task<Actor?> FindAsync() => Task.FromResult(actor);
    }
}

/// <summary>The real clock moved to <paramref name="day"/> at 10:00 in China (the history ends that day): time still runs.</summary>
public sealed class ShiftedTime(DateOnly day) : TimeProvider
{
    private readonly TimeSpan _offset = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)) - TimeProvider.System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + _offset;
}
