using System.Diagnostics;
using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Benchmarks;

/// <summary>
/// A SQLite file of about 1,000,000 cases (2025-01-02 … "today" = 2026-11-20, ≈2,100 a working day, with ratings,
/// rectification tasks, notices and refusals, and every case's events), generated once through the app's demo-history
/// builder and cached under the temp folder, in WAL like the app's own database.
/// </summary>
public static class SupervisorDatabase
{
    public const int TargetCases = 1_000_000;
    public static readonly DateOnly Today = new(2026, 11, 20);
    private static readonly DateOnly From = new(2025, 1, 2);

    public static string PathFor(int cases) => Path.Combine(Path.GetTempPath(), "clerkstation-bench", $"supervisor-{cases}-v4.db");

    public static CatalogStore Store { get; } = new(SeedData(), TimeProvider.System);

    public static WorkingDayCalendar Calendar { get; } = WorkingDayCalendar.LoadFromDirectory(Path.Combine(SeedData(), "calendar"));

    public static ClerkDbContext Open(string path)
    {
        // The app's connection settings (DependencyInjection.AddDatabases), so the figures are the app's.
        var options = new DbContextOptionsBuilder<ClerkDbContext>().UseSqlite($"Data Source={path}").AddInterceptors(SqliteTuning.Instance);
        if (Environment.GetEnvironmentVariable("SUPERVISOR_SQL_LOG") == "1")
        {
            // One line per command with its time: which query costs what.
            options.LogTo(line => Console.WriteLine(line.Split('\n')[0] + " | " + string.Join(' ', line.Split('\n').Skip(1).Take(3)).Trim()),
                [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        }
        return new ClerkDbContext(options.Options);
    }

    /// <summary>A factory like the app's, for queries that open one context per concurrent aggregate.</summary>
    public static IDbContextFactory<ClerkDbContext> Factory(string path) => new PathFactory(path);

    private sealed class PathFactory(string path) : IDbContextFactory<ClerkDbContext>
    {
        public ClerkDbContext CreateDbContext() => Open(path);
    }

    public static string Ensure(int cases = TargetCases)
    {
        var path = PathFor(cases);
        if (File.Exists(path))
        {
            // Indexes or tables added to the app since the file was generated: the figures are the app's current schema's.
            using var db = Open(path);
            if (db.Database.GetPendingMigrations().Any())
            {
                Console.WriteLine("applying " + string.Join(", ", db.Database.GetPendingMigrations()));
                db.Database.Migrate();
            }
            return path;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var building = path + ".building";
        File.Delete(building);
        var started = Stopwatch.StartNew();
        using (var db = Open(building))
        {
            db.Database.Migrate();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
            var workingDays = Enumerable.Range(0, Today.DayNumber - From.DayNumber + 1).Count(i => Calendar.IsWorkingDay(From.AddDays(i)));
            var staff = new DemoStaff(
                [.. Enumerable.Range(1, 8).Select(i => Actor.Create($"clerk-{i}", $"受理员{i}", [StaffRole.Clerk]))],
                new Dictionary<string, Actor>(StringComparer.Ordinal),
                Actor.Create("supervisor", "值班长", [StaffRole.Supervisor]));
            var builder = new DemoHistoryBuilder(Store.Catalog, Calendar, staff, RectificationPolicy.Zhejiang, seed: 7)
            {
                CasesPerDay = (int)Math.Ceiling(cases / (double)workingDays / 0.925), // ≈7.5 % of arrivals are notices or refusals
                Now = new DateTimeOffset(Today.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8)),
            };
            var written = DemoHistoryWriter.WriteAsync(db, builder.Build(From, Today), daysPerTransaction: 10, includeEvents: true).GetAwaiter().GetResult();
            db.Database.ExecuteSqlRaw("ANALYZE;");
            Console.WriteLine($"Generated {written:N0} cases in {started.Elapsed.TotalSeconds:N0} s: {path}");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(building, path);
        return path;
    }

    /// <summary>The repository root (the folder holding ClerkStation.sln and seed-data).</summary>
    public static string RepositoryRoot => CatalogData.FindRepositoryRoot();

    private static string SeedData() => Path.Combine(RepositoryRoot, "seed-data");

    /// <summary>
    /// A fresh copy of the cached database for benchmarks that write, so the cached file stays as generated.
    /// </summary>
    public static string WorkingCopy(string name)
    {
        var source = Ensure();
        // CLERK_BENCH_TAG: a copy of one's own on a box where several people run the probes.
        var tag = Environment.GetEnvironmentVariable("CLERK_BENCH_TAG") is { Length: > 0 } t ? "-" + t : "";
        var copy = Path.Combine(Path.GetDirectoryName(source)!, name + tag + ".db");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(copy + suffix);
        }
        var started = Stopwatch.StartNew();
        File.Copy(source, copy);
        Console.WriteLine($"copied {copy} in {started.Elapsed.TotalSeconds:N0} s");
        return copy;
    }

    public static DeadlinePolicy Policy { get; } = new(2);
}
