using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project ClerkStation.Benchmarks -- accept [n]`: the counter's accept (SubmitApplication,
/// one instant and one promised item) sent through the app's mediator pipeline as the intake page sends it, on a copy
/// of the 1,000,000-case database, interleaved call by call with raw single-row insert transactions on the same file
/// and the same connection pragmas (the ceiling a write can reach there).
/// </summary>
public static class AcceptProbe
{
    internal static readonly Actor Clerk = Actor.Create("bench-clerk", "基准受理员", [StaffRole.Clerk]);

    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", "330902199001011238", "13800138000", "定海区展茅街道");

    // RS-002 城乡居民基本养老保险缴费档次变更: instant. MZ-012 残疾人两项补贴停发、变更: promised, routed to civil affairs.
    internal static SubmitApplication Instant() => new(
        Guid.NewGuid(), "RS-002", WangFang,
        new FormData().Set("currentLevel", "300").Set("contributionLevel", "1000").Set("effectiveYear", "next").ToJson(),
        new Dictionary<string, MaterialStatus> { ["id-or-ssc"] = MaterialStatus.Original });

    internal static SubmitApplication Promised() => new(
        Guid.NewGuid(), "MZ-012", WangFang,
        new FormData().Set("changeReason", "account").Set("holderName", "李明").Set("holderId", "330921195506120027").ToJson(),
        new Dictionary<string, MaterialStatus>());

    public static async Task RunAsync(int calls)
    {
        var path = SupervisorDatabase.WorkingCopy("accept-work");
        // ACCEPT_SQL_LOG=1: every SQL command of one instant and one promised accept after the warm-up, with its time.
        var logSql = Environment.GetEnvironmentVariable("ACCEPT_SQL_LOG") == "1";
        var tracing = false;
        using var sqlLog = SqlCommandLog.Start(() => logSql && tracing);
        await using var app = BenchApp.Build(path, () => Clerk);
        await using var scope = app.Services.CreateAsyncScope(); // one scope, like one circuit
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var pragmas = AppPragmas.Read(app.Services);
        Console.WriteLine("app connection pragmas: " + pragmas);

        await using var raw = new RawInserts(path, pragmas);
        var instant = new Samples();
        var promised = new Samples();
        var rawSamples = new Samples();
        for (var i = 0; i < 10; i++) // warm-up: JIT, pools, page cache
        {
            await mediator.Send(Instant());
            await mediator.Send(Promised());
            raw.InsertOne();
        }

        if (logSql)
        {
            tracing = true;
            Console.WriteLine("--- one instant accept");
            await mediator.Send(Instant());
            Console.WriteLine("--- one promised accept");
            await mediator.Send(Promised());
            tracing = false;
            await Task.Delay(500);
        }

        List<double> instantDb = [], promisedDb = [];
        for (var i = 0; i < calls; i++)
        {
            sqlLog.Reset();
            var outcome = await instant.TimeAsync(async () => await mediator.Send(Instant()));
            instantDb.Add(sqlLog.DatabaseMs);
            Check(outcome, CaseStatus.ReadyForDelivery);
            await rawSamples.TimeAsync(() => Task.FromResult(raw.InsertOne()));
            sqlLog.Reset();
            Check(await promised.TimeAsync(async () => await mediator.Send(Promised())), CaseStatus.Routed);
            promisedDb.Add(sqlLog.DatabaseMs);
            await rawSamples.TimeAsync(() => Task.FromResult(raw.InsertOne()));
        }

        Console.WriteLine($"\n{calls} calls of each, interleaved, {Samples.LoadAverage()}");
        Console.WriteLine(Samples.Header);
        Console.WriteLine(instant.Row("accept, instant item (RS-002)"));
        Console.WriteLine(promised.Row("accept, promised item (MZ-012)"));
        Console.WriteLine(rawSamples.Row("raw single-row insert transaction"));
        Console.WriteLine($"\ninside SQLite per accept, at least (every SQL command and commit as EF Core times them; connection opening and row reading not counted): instant p50 {Samples.Percentile(instantDb, 50):N2} / " +
            $"p99 {Samples.Percentile(instantDb, 99):N2} ms, promised p50 {Samples.Percentile(promisedDb, 50):N2} / p99 {Samples.Percentile(promisedDb, 99):N2} ms; " +
            $"an accept with no .NET cost at all would run at {rawSamples.TotalMs / rawSamples.Count / ((instantDb.Sum() + promisedDb.Sum()) / (instantDb.Count + promisedDb.Count)):P1} of the raw rate");
        var acceptRate = (instant.Count + promised.Count) / ((instant.TotalMs + promised.TotalMs) / 1000);
        var rawRate = rawSamples.Count / (rawSamples.TotalMs / 1000);
        Console.WriteLine($"\nserial rate: accept {acceptRate:N0}/s, raw insert {rawRate:N0}/s, ratio {acceptRate / rawRate:P1} (goal ≥ 25 %)");
        Console.WriteLine($"goal p99 ≤ 50 ms: instant {(instant.P(99) <= 50 ? "met" : "missed")}, promised {(promised.P(99) <= 50 ? "met" : "missed")}");
    }

    private static void Check(IntakeOutcome outcome, CaseStatus expected)
    {
        if (outcome.Cases.Count != 1 || outcome.Cases[0].Status != expected)
        {
            throw new InvalidOperationException($"accept returned {outcome.Cases.Count} cases, status {outcome.Cases.FirstOrDefault()?.Status}");
        }
    }
}
