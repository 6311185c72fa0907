using System.Diagnostics;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Extensions.Options;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>
/// Demo mode only ("Demo:Enabled" and "Demo:History"): on the first run, a few months of history so the floor and the
/// statistics are meaningful at once. Runs once — the <see cref="DemoHistoryMarker"/> row says it has — and the
/// statistics page shows a banner while that marker exists. Never in production (appsettings.Production.json).
/// </summary>
public sealed class DemoHistoryGenerator(
    IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CalendarService calendars, CenterClock clock, IOptions<DemoOptions> demo,
    IOptions<DemoHistoryOptions> history, IOptions<RatingOptions> ratings, ILogger<DemoHistoryGenerator> logger)
{
    public bool IsEnabled => demo.Value.Enabled && history.Value.History;

    /// <summary>Generates the history unless it exists; returns the number of cases written (0 when skipped).</summary>
    public async Task<int> GenerateOnceAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.DemoHistory.AnyAsync(ct))
        {
            return 0;
        }

        var started = Stopwatch.GetTimestamp();
        var staff = await StaffAsync(db, ["clerk", "clerk2"], ["reviewer.mz", "reviewer.rs"], "supervisor", ct);
        var today = clock.For(Domain.Centers.Center.DefaultId).Today;
        var from = today.AddMonths(-Math.Clamp(history.Value.HistoryMonths, 1, 24));
        var builder = new DemoHistoryBuilder(store.Catalog, calendars.Current, staff, ratings.Value.Policy) { Now = clock.For(Domain.Centers.Center.DefaultId).Now };
        var written = await DemoHistoryWriter.WriteAsync(db, builder.Build(from, today), ct: ct);
        written += await WriteOtherCentersAsync(from, ct);
        db.DemoHistory.Add(new DemoHistoryMarker { Id = 1, GeneratedAt = clock.Now, FromDay = from, ToDay = today, Cases = written });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Demo history: {Cases} cases from {From} to {To} in {Ms} ms", written, from, today, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return written;
    }

    /// <summary>The demo's other centers (<see cref="DemoCenters"/>) that exist here, each with its own staff and character.</summary>
    private async Task<int> WriteOtherCentersAsync(DateOnly from, CancellationToken ct)
    {
        var written = 0;
        foreach (var center in DemoCenters.All)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            if (!await db.Centers.AnyAsync(c => c.Id == center.Id && c.Code == center.Code, ct))
            {
                continue;
            }

            db.CenterScope = center.Id; // every generated row is stamped with this center
            var tag = "." + center.Tag;
            var staff = await StaffAsync(db, ["clerk" + tag], ["reviewer" + tag], "supervisor" + tag, ct);
            var builder = new DemoHistoryBuilder(store.Catalog, calendars.Current, staff, ratings.Value.Policy, center.Seed)
            {
                Now = clock.For(center.Id).Now, CasesPerDay = center.CasesPerDay, LateShare = center.LateShare, InstantWeight = center.InstantWeight,
                NumberTag = center.CasePrefix,
            };
            written += await DemoHistoryWriter.WriteAsync(db, builder.Build(from, clock.For(center.Id).Today), ct: ct);
        }

        return written;
    }

    private static async Task<DemoStaff> StaffAsync(ClerkDbContext db, string[] clerkNames, string[] reviewerNames, string supervisorName, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct);
        var departments = await db.StaffDepartments.AsNoTracking().ToListAsync(ct);
        Actor? Find(string userName, StaffRole role) => users.FirstOrDefault(u => u.UserName == userName) is { } u
            ? Actor.Create(u.Id, u.DisplayName, [role], departments.Where(d => d.UserId == u.Id).Select(d => d.DepartmentCode))
            : null;
        var clerks = clerkNames.Select(n => Find(n, StaffRole.Clerk)).OfType<Actor>().ToList();
        if (clerks.Count == 0)
        {
            clerks.Add(Actor.Create("demo-clerk", "示例受理员", [StaffRole.Clerk]));
        }
        var reviewers = reviewerNames.Select(n => Find(n, StaffRole.Reviewer)).OfType<Actor>()
            .SelectMany(r => r.Departments.Select(d => (d, r)))
            .ToDictionary(p => p.d, p => p.r, StringComparer.Ordinal);
        var supervisor = Find(supervisorName, StaffRole.Supervisor) ?? Actor.Create("demo-supervisor", "示例值班长", [StaffRole.Supervisor]);
        return new DemoStaff(clerks, reviewers, supervisor);
    }
}

/// <summary>Runs after <see cref="StartupInitializer"/> (registered after it) so the schema and demo accounts exist.</summary>
internal sealed class DemoHistoryInitializer(IServiceScopeFactory scopes) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<DemoHistoryGenerator>();
        if (generator.IsEnabled)
        {
            await generator.GenerateOnceAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
