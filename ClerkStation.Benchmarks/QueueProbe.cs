using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Seeding;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project ClerkStation.Benchmarks -- queue [rounds]`: call-next with 500 tickets waiting and
/// 30 windows calling at the same instant, on a SQLite file opened by the app (its own pragmas: WAL, synchronous=FULL,
/// busy timeout). Each round refills the hall and lets the 30 windows call at once; rounds alternate between the
/// handler before (main at 6adebd4: the few candidates read outside any transaction, the ticket's version refusing all
/// but one window, the others reading again: a herd of retries), the handler now (the candidates read and the call
/// written in one write transaction behind the call lock, ADR 0024) and the handler now through the whole mediator
/// pipeline (authorize, workspace, audit).
/// Every round checks that no ticket went to two windows.
/// </summary>
public static partial class QueueProbe
{
    private const int Waiting = 500;
    private const int Windows = 30;

    private static readonly AsyncLocal<Actor?> Current = new();

    public static async Task RunAsync(int rounds)
    {
        var folder = Path.Combine(Path.GetTempPath(), "clerkstation-queue-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await using var app = BenchApp.Build(Path.Combine(folder, "clerk.db"), () => Current.Value, b =>
        {
            for (var index = 4; index < Windows; index++)
            {
                b.Configuration[$"Queue:Windows:{index}:Number"] = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                b.Configuration[$"Queue:Windows:{index}:Categories:0"] = "A";
            }
        });
        using (var init = app.Services.CreateScope())
        {
            await init.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }
        Console.WriteLine("app connection pragmas: " + AppPragmas.Read(app.Services));

        var clerks = Enumerable.Range(1, Windows).Select(n => Actor.Create("bench-window-" + n, "窗口" + n, [StaffRole.Clerk])).ToArray();
        var variants = new (string Name, Func<IServiceProvider, int, Task<CalledTicket?>> Call, Samples Samples)[]
        {
            ("before: optimistic, retries (handler)", (sp, n) => Before.CallAsync(sp, n), new Samples()),
            ("now: write transaction first (handler)", (sp, n) => Handler(sp).Handle(new CallNext(n), default).AsTask(), new Samples()),
            ("now, through the mediator pipeline", (sp, n) => sp.GetRequiredService<IMediator>().Send(new CallNext(n)).AsTask(), new Samples()),
        };

        for (var round = -variants.Length; round < rounds * variants.Length; round++)
        {
            var variant = variants[(round + variants.Length) % variants.Length];
            await RefillAsync(app.Services);
            var samples = round < 0 ? new Samples() : variant.Samples; // the first round of each: warm-up
            using var start = new Barrier(Windows);
            var called = await Task.WhenAll(Enumerable.Range(1, Windows).Select(n => Task.Run(async () =>
            {
                Current.Value = clerks[n - 1];
                await using var scope = app.Services.CreateAsyncScope();
                start.SignalAndWait();
                return await samples.TimeAsync(() => variant.Call(scope.ServiceProvider, n));
            })));
            var tickets = called.Select(c => c?.TicketId).ToList();
            if (tickets.Any(t => t is null) || tickets.Distinct().Count() != Windows)
            {
                throw new InvalidOperationException($"{variant.Name}: {tickets.Count(t => t is null)} windows got nothing, {tickets.Distinct().Count()} distinct tickets for {Windows} windows");
            }
        }

        Console.WriteLine($"\n{rounds} rounds per variant, {Windows} windows calling at once over {Waiting} waiting tickets, {Samples.LoadAverage()}");
        Console.WriteLine(Samples.Header);
        foreach (var v in variants)
        {
            Console.WriteLine(v.Samples.Row(v.Name));
        }
        Console.WriteLine($"\np99 now / before: {variants[1].Samples.P(99) / variants[0].Samples.P(99):P0}; p50 now / before: {variants[1].Samples.P(50) / variants[0].Samples.P(50):P0}");
        Console.WriteLine($"goal p99 ≤ 20 ms: {(variants[2].Samples.P(99) <= 20 ? "met" : "missed")} (through the pipeline)");
        await SoloAsync(app.Services, clerks[0], variants);
        await WorkingAsync(app.Services, clerks, seconds: 10);
        await HallProbe.RunAsync(app.Services, actor => Current.Value = actor);
    }

    /// <summary>One window calling alone (no other writer): what a call costs without the queue for the write lock.</summary>
    private static async Task SoloAsync(IServiceProvider services, Actor clerk, (string Name, Func<IServiceProvider, int, Task<CalledTicket?>> Call, Samples Samples)[] variants)
    {
        Console.WriteLine("\none window calling alone, 200 calls each, " + Samples.LoadAverage());
        Console.WriteLine(Samples.Header);
        Current.Value = clerk;
        foreach (var v in variants)
        {
            await RefillAsync(services);
            var samples = new Samples();
            for (var i = 0; i < 220; i++)
            {
                await using var scope = services.CreateAsyncScope();
                var s = i < 20 ? new Samples() : samples;
                var called = await s.TimeAsync(() => v.Call(scope.ServiceProvider, 1)) ?? throw new InvalidOperationException("nobody waiting");
                await FinishAsync(services, called.TicketId);
            }
            Console.WriteLine(samples.Row(v.Name));
        }
    }

    private static CallNextHandler Handler(IServiceProvider sp) => new(
        sp.GetRequiredService<AggregateCommands>(), sp.GetRequiredService<IDbContextFactory<ClerkDbContext>>(), sp.GetRequiredService<QueueSettings>());

    /// <summary>An empty hall, then 500 tickets of 综合受理 (every 25th a priority ticket), one a second over the last ten minutes.</summary>
    private static async Task RefillAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<CenterClocks>().Default.Now;
        var today = DateOnly.FromDateTime(now.DateTime);
        var category = services.GetRequiredService<QueueSettings>().Category("A");
        await using var db = await services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        await db.Visits.ExecuteDeleteAsync();
        await db.QueueTickets.ExecuteDeleteAsync();
        db.QueueTickets.AddRange(Enumerable.Range(1, Waiting).Select(i => QueueTicket.Issue(
            category, i, i % 25 == 0 ? PriorityReason.Aged70 : PriorityReason.None, null, Guid.NewGuid().ToString("N"), now.AddSeconds(i - 600), today)));
        await db.SaveChangesAsync();
    }

    /// <summary>The solo window finishes at once (straight in the table: the finish is not what is measured).</summary>
    private static async Task FinishAsync(IServiceProvider services, Guid ticketId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        await db.QueueTickets.Where(t => t.Id == ticketId).ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Finished));
    }
}
