using System.Net.Http.Headers;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project ClerkStation.Benchmarks -- api [seconds]`: `POST /api/v1/applications` over real
/// HTTP (Kestrel, bearer token from /connect/token, rate limiter, audit, the counter's checks, one pre-application row)
/// on a copy of the 1,000,000-case database. First an open-loop load generator at a fixed 100 requests a second
/// (latency counted from each request's scheduled start, so a stall is not hidden by sending less), then a closed loop
/// of 8 callers for the sustained rate. The baseline in the same run is `GET /api/v1/applications/{id}`: the same
/// HTTP, token, rate-limit and audit path without the write.
/// </summary>
public static partial class ApiProbe
{
    private const string Secret = "Bench!2026-api-probe";
    private const int Rate = 100;
    private const int WarmUpSeconds = 10;

    public static async Task RunAsync(int seconds)
    {
        var path = SupervisorDatabase.WorkingCopy("api-work");
        // The shipped limit is 600 calls a minute per client; this probe is one client sending 100 a second. The limiter
        // reads its settings when the services are added, so the setting goes in before the builder is made.
        Environment.SetEnvironmentVariable("Api__PermitsPerWindow", "1000000");
        await using var app = BenchApp.Build(path, actor: null, builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        app.UseClerkStation();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<ApiClientRegistry>();
            if (await registry.FindAsync("bench", default) is null)
            {
                await registry.CreateAsync("bench", "基准客户端 Bench client", ApiScopes.All, Secret, default);
            }
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = new Uri(address) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http));
        await WarmUpAsync(http);
        Console.WriteLine($"database {path}; checkpoints {(Environment.GetEnvironmentVariable("Database__InlineCheckpoints") == "true" ? "inline (before ADR 0027)" : "in the background (ADR 0027)")}; server GC {System.Runtime.GCSettings.IsServerGC}; {Samples.LoadAverage()}");

        // A server that has just started still compiles its hot paths (tiered JIT) and grows its heaps; the first seconds
        // at 100/s are that, not the steady state a center lives in for hours. They run as a warm-up of the same shape and
        // their figure is printed, not hidden, beside the measured run.
        Run warm;
        using (var warmWatch = new StallWatch(path))
        {
            warm = await OpenLoopAsync(http, WarmUpSeconds, warmWatch);
        }
        Console.WriteLine(Latencies.Header);
        Console.WriteLine(warm.Posts.Row($"warm-up: POST at {Rate}/s for the first {WarmUpSeconds} s after start (not in the figure below)"));

        Run open;
        using (var watch = new StallWatch(path))
        {
            open = await OpenLoopAsync(http, seconds, watch);
            Console.WriteLine(watch.Report());
        }
        Console.WriteLine($"\nopen loop, {Rate} requests a second for {seconds} s, {Samples.LoadAverage()} at the end");
        Console.WriteLine(Latencies.Header);
        Console.WriteLine(open.Posts.Row($"POST /api/v1/applications at {Rate}/s (from scheduled start)"));
        Console.WriteLine(open.Gets.Row("baseline: GET /api/v1/applications/{id}, interleaved"));
        Console.WriteLine($"sent {open.Posts.Count} posts in {open.Elapsed.TotalSeconds:N1} s = {open.Posts.Count / open.Elapsed.TotalSeconds:N1}/s; non-201 answers: {open.Failures} {open.FailureStatuses}");

        var closed = await ClosedLoopAsync(http, callers: 8, TimeSpan.FromSeconds(Math.Max(5, seconds / 2)));
        Console.WriteLine($"\nclosed loop, 8 callers, {Samples.LoadAverage()} at the end");
        Console.WriteLine(Latencies.Header);
        Console.WriteLine(closed.Posts.Row("POST /api/v1/applications, as fast as answered"));
        Console.WriteLine($"sustained: {closed.Posts.Count / closed.Elapsed.TotalSeconds:N1} posts a second; non-201 answers: {closed.Failures} {closed.FailureStatuses}");
        Console.WriteLine($"\np50 POST / p50 GET (open loop): {open.Posts.P(50) / open.Gets.P(50):N1}×; goal p99 ≤ 50 ms at {Rate}/s: {(open.Posts.P(99) <= 50 ? "met" : "missed")}");
        await app.StopAsync();
    }
}
