using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Calendar;

/// <summary>What a calendar change does (preview) or did (save) to the open deadlines of the production database.</summary>
public sealed record RecomputeCounts(int CasesChecked, int CasesMoved, int CasesEarlier, int TasksMoved);

/// <summary>The departments and counter clerks whose open cases a recompute moved, production and practice alike.</summary>
public sealed record RecomputeReach(HashSet<string> Departments, HashSet<string> Clerks);

/// <summary>
/// Counts the open deadlines that reach a year again after its arrangement changed: promised and statutory due dates of
/// open cases (their pauses counted in the new calendar) and rectification deadlines. Works in batches, one short-lived
/// context each; production and practice alike (practice is not counted in the figures). Closed cases are never read.
/// </summary>
public sealed class OpenDeadlines(ClerkDatabases databases, CenterClock clock)
{
    private const int BatchSize = 200;
    private static readonly CaseStatus[] Open = [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended];

    public async Task<RecomputeCounts> PreviewAsync(WorkingDayCalendar before, WorkingDayCalendar after, int year, CancellationToken ct)
    {
        int checkedCases = 0, moved = 0, earlier = 0, tasks = 0;
        await foreach (var batch in CaseBatchesAsync(databases.Production, year, tracked: false, ct))
        {
            checkedCases += batch.Cases.Count;
            var shifts = batch.Cases.Select(c => c.DeadlinesUnder(before, after, DayAtCenter)).Where(s => s.Changed).ToList();
            moved += shifts.Count;
            earlier += shifts.Count(s => s.Earlier);
            await batch.Db.DisposeAsync();
        }

        await using (var db = await databases.Production.CreateDbContextAsync(ct))
        {
            tasks = (await TasksAsync(db, year, ct)).Count(t => t.RecomputeDeadlines(before, after));
        }
        return new RecomputeCounts(checkedCases, moved, earlier, tasks);
    }

    /// <summary>
    /// Saves the new deadlines; returns the production figures and whose screens they reach, for the summary's
    /// <see cref="Domain.Calendar.CalendarYearChanged"/>.
    /// </summary>
    public async Task<(RecomputeCounts Counts, RecomputeReach Reach)> RecomputeAsync(
        WorkingDayCalendar before, WorkingDayCalendar after, int year, Actor admin, DateTimeOffset now, string reason, CancellationToken ct)
    {
        var reach = new RecomputeReach([], []);
        var production = await RecomputeInAsync(databases.Production, before, after, year, admin, now, reason, reach, ct);
        await RecomputeInAsync(databases.Practice, before, after, year, admin, now, reason, reach, ct);
        return (production, reach);
    }

    // The center's day of a recorded time: PostgreSQL gives timeline times back in UTC, which before 08:00 China time
    // is the previous day.
    private DateOnly DayAtCenter(DateTimeOffset at) => DateOnly.FromDateTime(clock.Local(at).DateTime);

    private async Task<RecomputeCounts> RecomputeInAsync(
        IDbContextFactory<ClerkDbContext> factory, WorkingDayCalendar before, WorkingDayCalendar after, int year, Actor admin,
        DateTimeOffset now, string reason, RecomputeReach reach, CancellationToken ct)
    {
        int checkedCases = 0, moved = 0, earlier = 0, tasks;
        await foreach (var batch in CaseBatchesAsync(factory, year, tracked: true, ct))
        {
            await using var db = batch.Db;
            checkedCases += batch.Cases.Count;
            foreach (var @case in batch.Cases)
            {
                if (@case.RecomputeDeadlines(before, after, admin, now, reason, DayAtCenter) is { } shift)
                {
                    moved++;
                    earlier += shift.Earlier ? 1 : 0;
                    reach.Departments.Add(@case.DepartmentCode);
                    reach.Clerks.Add(@case.AssignedClerkId);
                    // Its CaseChanged is summed up in the one CalendarYearChanged (ADR 0009), not published case by case.
                    @case.TakeDomainEvents();
                }
            }
            // A case changed by someone in the meantime keeps its version check: the save fails loudly, never overwrites.
            await db.SaveChangesAsync(ct);
        }

        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            tasks = (await TasksAsync(db, year, ct)).Count(t => t.RecomputeDeadlines(before, after));
            await db.SaveChangesAsync(ct);
        }
        return new RecomputeCounts(checkedCases, moved, earlier, tasks);
    }

    private sealed record Batch(ClerkDbContext Db, List<Case> Cases);

    // Keyset pages by case number: each page in its own context, so a long recompute never holds one context or transaction.
    private static async IAsyncEnumerable<Batch> CaseBatchesAsync(
        IDbContextFactory<ClerkDbContext> factory, int year, bool tracked, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var after = string.Empty;
        while (true)
        {
            var db = await factory.CreateDbContextAsync(ct);
            var query = db.Cases.Where(c => Open.Contains(c.Status) && c.DueDate != null && c.AcceptedOn <= last
                && (c.DueDate >= first || c.StatutoryDueDate >= first) && string.Compare(c.Number, after) > 0);
            var cases = await (tracked ? query : query.AsNoTracking()).OrderBy(c => c.Number).Take(BatchSize).ToListAsync(ct);
            if (cases.Count == 0)
            {
                await db.DisposeAsync();
                yield break;
            }

            after = cases[^1].Number;
            yield return new Batch(db, cases);
        }
    }

    private static Task<List<RectificationTask>> TasksAsync(ClerkDbContext db, int year, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        return db.RectificationTasks
            .Where(t => t.Status != RectificationStatus.Closed && t.Status != RectificationStatus.Dismissed && t.OpenedOn <= last
                && (t.CallbackDue >= first || t.FixDue >= first))
            .ToListAsync(ct);
    }
}
