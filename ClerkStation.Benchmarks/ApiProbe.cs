using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure;
using Microsoft.AspNetCore.Builder;
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
public static class ApiProbe
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

    private static async Task<string> TokenAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "bench", ["client_secret"] = Secret,
        }));
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    private static async Task WarmUpAsync(HttpClient http)
    {
        string? id = null;
        for (var i = 0; i < 30; i++)
        {
            var (status, location) = await PostAsync(http);
            if (status != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"warm-up POST answered {(int)status}");
            }
            id ??= location;
            using var get = await http.GetAsync(id);
            get.EnsureSuccessStatusCode();
        }
    }

    private static async Task<(HttpStatusCode Status, string? Location)> PostAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return (response.StatusCode, response.Headers.Location?.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // A connection the server dropped or an answer later than HttpClient's 100 s (on a saturated box Kestrel aborts requests it cannot read in time):
            // counted as a failed call (status 0), not the end of the run.
            return (0, null);
        }
    }

    private static async Task<Run> OpenLoopAsync(HttpClient http, int seconds, StallWatch watch)
    {
        var run = new Run();
        var ids = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task>();
        for (var i = 0; i < Rate * seconds; i++)
        {
            var scheduled = TimeSpan.FromSeconds((double)i / Rate);
            if (scheduled > clock.Elapsed)
            {
                await Task.Delay(scheduled - clock.Elapsed);
            }
            tasks.Add(Task.Run(async () =>
            {
                var (status, location) = await PostAsync(http);
                var ms = (clock.Elapsed - scheduled).TotalMilliseconds;
                run.Posts.Add(ms);
                watch.Ended(ms);
                if (status != HttpStatusCode.Created) { run.Fail(status); } else if (location is not null) { ids.Enqueue(location); }
            }));
            if (i % 10 == 5 && ids.TryPeek(out var id)) // one read every 100 ms beside the writes
            {
                tasks.Add(Task.Run(async () =>
                {
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await http.GetAsync(id);
                        await response.Content.ReadAsByteArrayAsync();
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        run.Fail(0);
                    }
                    run.Gets.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }));
            }
        }
        await Task.WhenAll(tasks);
        run.Elapsed = clock.Elapsed;
        return run;
    }

    private static async Task<Run> ClosedLoopAsync(HttpClient http, int callers, TimeSpan duration)
    {
        var run = new Run();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var (status, _) = await PostAsync(http);
                run.Posts.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (status != HttpStatusCode.Created) { run.Fail(status); }
            }
        })));
        run.Elapsed = clock.Elapsed;
        return run;
    }

    // The docs/api.md example: MZ-012 (promised), a person, a valid form, no materials declared.
    private static readonly string Body = JsonSerializer.Serialize(new
    {
        target = "MZ-012",
        channel = "Online",
        applicant = new { kind = "Person", name = "张三", idNumber = "330902199001011238", phone = "13812345678" },
        form = new { changeReason = "account", holderName = "李四", holderId = "330921195506120027" },
        materials = new { },
    });

    private sealed class Run
    {
        private int _failures;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _byStatus = new();

        public Latencies Posts { get; } = new();
        public Latencies Gets { get; } = new();
        public TimeSpan Elapsed { get; set; }
        public int Failures => _failures;
        public string FailureStatuses => string.Join(", ", _byStatus.Select(p => $"{p.Key}×{p.Value}"));

        public void Fail(HttpStatusCode status)
        {
            Interlocked.Increment(ref _failures);
            _byStatus.AddOrUpdate((int)status, 1, (_, n) => n + 1);
        }
    }
}

/// <summary>Wall-clock latencies gathered from many tasks at once (no per-call CPU: the calls overlap).</summary>
public sealed class Latencies
{
    private readonly List<double> _ms = [];

    public const string Header = "| what | calls | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|";

    public int Count { get { lock (_ms) { return _ms.Count; } } }

    public void Add(double ms) { lock (_ms) { _ms.Add(ms); } }

    public double P(double percentile)
    {
        double[] values;
        lock (_ms) { values = [.. _ms]; }
        return Samples.Percentile(values, percentile);
    }

    public string Row(string name) => $"| {name} | {Count} | {P(50):N1} | {P(90):N1} | {P(99):N1} | {P(100):N1} |";
}
