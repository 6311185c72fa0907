using System.Net;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `circuit-server FOLDER CLERKS`: the app on Kestrel (its own composition root, real sign-in) in a process of its own,
/// so its managed heap holds the app and nothing of the browser driver. Answers on stdin/stdout: `heap` (bytes alive
/// after a full, compacting GC), `close-idle` (<see cref="IdleConnections"/>), `components` (<see cref="CircuitCensus"/>), `events` (the Blazor component metrics since the last `events`: per instrument count,
/// total and max in ms; circuit counters as their current value), `quit`.
/// </summary>
public static class CircuitServer
{
    public static async Task RunAsync(string folder, int clerks)
    {
        // Every tab's clerk signs in from 127.0.0.1 within a minute: the login post limit per address (20 a minute,
        // right or wrong; ADR 0008) would send the 21st back to /login?error=throttled. Raised here, as the test host does.
        var idle = new IdleConnections();
        var settings = new Dictionary<string, string?>
        {
            ["Security:Login:PostsPerMinutePerAddress"] = "100000",
            ["Security:Login:FailuresPerAddress"] = "100000",
            // The largest form with 20 household rows needs a catalog that allows 20 (the shipped one stops at 12).
            ["SeedData:Path"] = TwentyRowCatalog.Create(folder),
        };
        await using var app = BenchApp.Build(Path.Combine(folder, "clerk.db"), actor: null, settings: settings, configure: builder =>
        {
            builder.WebHost.UseStaticWebAssets();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Use(idle.Track)));
            builder.Configuration["Demo:Enabled"] = "true";
            // A closed tab's circuit is let go at once, so each measurement counts only the live circuits.
            builder.Services.Configure<CircuitOptions>(o => o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(1));
            builder.Services.AddSingleton<CircuitCount>();
            builder.Services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitCount>().NewHandler());
            CircuitCensus.Register(builder.Services);
            if (Environment.GetEnvironmentVariable("CIRCUITS_SERVER_LOG") is not null)
            {
                // The probe reads stdout for its answers: the log goes to stderr.
                builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            }
        });
        app.Use(idle.MarkWebSockets);
        app.UseClerkStation();
        using var metrics = new ComponentMetrics();
        await app.StartAsync();
        await CreateClerksAsync(app.Services, clerks);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine("listening " + address);
        while (Console.ReadLine() is { } command && command != "quit")
        {
            Console.WriteLine(command switch
            {
                "heap" => "heap " + Heap(),
                "close-idle" => "close-idle " + idle.CloseIdle(),
                "events" => "events " + metrics.TakeSummary(),
                "circuits" => "circuits " + app.Services.GetRequiredService<CircuitCount>().Open,
                "components" => "components " + app.Services.GetRequiredService<CircuitCensus>().TakeAsync().GetAwaiter().GetResult(),
                "cpu" => "cpu " + Environment.CpuUsage.TotalTime.TotalMilliseconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
                _ => "unknown " + command,
            });
        }
        await app.StopAsync();
    }

    public static long Heap()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>One clerk account per browser tab (bench-clerk-1 …), so no two tabs share a draft.</summary>
    private static async Task CreateClerksAsync(IServiceProvider services, int count)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        for (var i = 1; i <= count; i++)
        {
            var user = new StaffUser { UserName = $"bench-clerk-{i}", DisplayName = $"基准受理员{i}" };
            if (await users.FindByNameAsync(user.UserName) is null)
            {
                var created = await users.CreateAsync(user, Infrastructure.Seeding.DemoAccounts.Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }
                await users.AddToRoleAsync(user, nameof(StaffRole.Clerk));
            }
        }
    }
}
