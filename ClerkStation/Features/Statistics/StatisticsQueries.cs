using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Statistics;

/// <summary>Date range (inclusive, center days) and an optional department.</summary>
public sealed record StatisticsFilter(DateOnly From, DateOnly To, string? DepartmentCode = null)
{
    /// <summary>The statistics' range rule (reports and CSV exports alike): from before to, at most two years.</summary>
    public static IReadOnlyList<Infrastructure.Pipeline.ValidationProblem> RangeProblems(DateOnly from, DateOnly to) =>
        from > to || to.DayNumber - from.DayNumber > 731 ? [new Infrastructure.Pipeline.ValidationProblem("range", "statistics.badRange")] : [];
}

public sealed record DayVolume(DateOnly Day, int Accepted, int Instant);

public sealed record DepartmentFigures(string Code, int Accepted, int Instant, int Decided, int Late)
{
    public double InstantShare => Figures.Percent(Instant, Accepted);
    public double OverdueRate => Figures.Percent(Late, Decided);
}

public sealed record ItemVolume(string Code, int Accepted);

public sealed record ClerkFigures(string Id, string Name, int Accepted, int Instant, int Notices, int Refusals);

public sealed record RatingFigures(IReadOnlyDictionary<RatingLevel, int> ByLevel, int Excluded)
{
    public int Total => ByLevel.Values.Sum();
    public int Bad => ByLevel.Where(p => p.Key.IsBad()).Sum(p => p.Value);
    /// <summary>满意率: ratings that are not 差评, over all (non-excluded) ratings.</summary>
    public double SatisfactionRate => Figures.Percent(Total - Bad, Total);
}

public sealed record RectificationFigures(int Opened, int Finished, int OnTime, int OverdueNow)
{
    /// <summary>
    /// 整改按时率: of the tasks opened in the range that are finished or already overdue (the ones whose outcome is known),
    /// the share with both callback and fix on time. Tasks still within their deadlines do not count yet.
    /// </summary>
    public double OnTimeRate => Figures.Percent(OnTime, Finished + OverdueNow);
}

public sealed record StatisticsReport(
    StatisticsFilter Filter,
    int Accepted,
    int Instant,
    int Notices,
    int Refusals,
    HandlingSummary Handling,
    IReadOnlyList<DayVolume> Days,
    IReadOnlyList<DepartmentFigures> Departments,
    IReadOnlyList<ItemVolume> Items,
    IReadOnlyList<ClerkFigures> Clerks,
    RatingFigures Ratings,
    RectificationFigures Rectification,
    bool IsDemoData,
    WaiverFigures? Waivers = null,
    ChannelFigures? ChannelCounts = null)
{
    /// <summary>渠道: accepted cases per channel and the online share.</summary>
    public ChannelFigures Channels => ChannelCounts ?? ChannelFigures.Empty;

    /// <summary>免提交: required materials waived by e-licence or commitment, in total, per department and per item.</summary>
    public WaiverFigures Waived => Waivers ?? WaiverFigures.Empty;

    public double InstantShare => Figures.Percent(Instant, Accepted);
    public double OverdueRate => Figures.Percent(Handling.Late, Handling.Cases);
}

/// <summary>What accepted and decided cases add up to over a range, before the assembly (from the range query or the kept days).</summary>
public sealed record AcceptedFigures(
    IReadOnlyList<DayDepartmentCount> ByDayAndDepartment,
    IReadOnlyList<ItemVolume> Items,
    IReadOnlyList<KeyValuePair<Channel, int>> Channels,
    IReadOnlyList<ClerkCount> Clerks,
    IReadOnlyList<(string Department, HandlingGroup Group)> Handling,
    WaiverFigures Waivers);

public readonly record struct DayDepartmentCount(DateOnly Day, string Department, int Count, int Instant);

public readonly record struct ClerkCount(string Id, string Name, int Count, int Instant);

/// <summary>
/// The statistics as SQL aggregations: every query is a GROUP BY over a covering index range
/// (IX_Cases_Stats_Accepted, IX_Cases_Stats_Decided); nothing loads cases into memory. Working days are counted once per
/// (accepted, decided, promised, paused) group by the domain (<see cref="Figures.Handling"/>). <see cref="LoadAsync"/> is
/// the plain query over the whole range; <see cref="StatisticsDailyFigures"/> gives the same report from kept days.
/// </summary>
public static class StatisticsQueries
{
    private sealed class HandlingRow
    {
        public string DepartmentCode { get; set; } = string.Empty;
        public DateOnly AcceptedOn { get; set; }
        public string DecidedOn { get; set; } = string.Empty;
        public int PromisedDays { get; set; }
        public int PausedWorkingDays { get; set; }
        public int Count { get; set; }
    }

    /// <summary>What can change after its day (ratings excluded on appeal, follow-up states) and the small tables: always read live.</summary>
    private sealed record LiveFacts(
        IReadOnlyList<(RatingLevel? Level, bool Excluded, int Count)> Ratings,
        IReadOnlyList<(string ClerkId, string ClerkName, IntakeDecisionKind Kind, int Count)> Decisions,
        IReadOnlyList<RectificationTask> Tasks,
        bool IsDemo);

    public const int TopItems = 15;

    /// <summary>Runs the independent aggregates concurrently, each on its own context from <paramref name="dbFactory"/>.</summary>
    /// <param name="catalog">Tells required materials from optional ones for the waiver figures; without it every recorded material counts.</param>
    public static async Task<StatisticsReport> LoadAsync(IDbContextFactory<ClerkDbContext> dbFactory, StatisticsFilter filter, WorkingDayCalendar calendar, DateOnly today, CancellationToken ct = default, Catalog? catalog = null)
    {
        var (from, to, dept) = (filter.From, filter.To, DepartmentOf(filter));

        Task<T> Run<T>(Func<ClerkDbContext, Task<T>> query) => dbFactory.RunAsync(query, ct);

        IQueryable<Case> Accepted(ClerkDbContext db)
        {
            var accepted = db.Cases.AsNoTracking().Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to);
            return dept is null ? accepted : accepted.Where(c => c.DepartmentCode == dept);
        }

        // Started longest first, so the two cores stay busy until the end.
        var handlingTask = Run(db => HandlingAsync(db, from, to, dept, ct));

        var byDayAndDepartmentTask = Run(db => Accepted(db)
            .GroupBy(c => new { c.AcceptedOn, c.DepartmentCode })
            .Select(g => new { g.Key.AcceptedOn, g.Key.DepartmentCode, Count = g.Count(), Instant = g.Count(c => c.ItemKind == ItemKind.Instant) })
            .ToListAsync(ct));

        var itemsTask = Run(db => Accepted(db)
            .GroupBy(c => c.ItemCode)
            .Select(g => new { Code = g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Code)
            .Take(TopItems)
            .ToListAsync(ct));

        var channelsTask = Run(db => Accepted(db)
            .GroupBy(c => c.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count() })
            .ToListAsync(ct));

        var clerksTask = Run(db => Accepted(db)
            .GroupBy(c => new { c.AcceptedById, c.AcceptedByName })
            .Select(g => new { g.Key.AcceptedById, g.Key.AcceptedByName, Count = g.Count(), Instant = g.Count(c => c.ItemKind == ItemKind.Instant) })
            .ToListAsync(ct));

        var liveTask = LiveAsync(dbFactory, from, to, dept, ct);

        // The material lists of the range's cases (a small JSON column), counted as they stream in.
        var waiverTask = Run(async db => WaiversOf(await CountWaiversAsync(Accepted(db), catalog, ct)));

        await Task.WhenAll(handlingTask, byDayAndDepartmentTask, itemsTask, clerksTask, liveTask, waiverTask, channelsTask);
        var accepted = new AcceptedFigures(
            byDayAndDepartmentTask.Result.Select(r => new DayDepartmentCount(r.AcceptedOn, r.DepartmentCode, r.Count, r.Instant)).ToList(),
            itemsTask.Result.Select(i => new ItemVolume(i.Code, i.Count)).ToList(),
            channelsTask.Result.Select(c => KeyValuePair.Create(c.Channel, c.Count)).ToList(),
            clerksTask.Result.Select(c => new ClerkCount(c.AcceptedById, c.AcceptedByName, c.Count, c.Instant)).ToList(),
            handlingTask.Result,
            waiverTask.Result);
        return Assemble(filter, accepted, liveTask.Result, calendar, today);
    }

    /// <summary>
    /// The report from kept figures of the closed days (<paramref name="closedDays"/>, each a center day before today) and
    /// the days from today on counted live; the rest is read live as <see cref="LoadAsync"/> reads it.
    /// </summary>
    internal static async Task<StatisticsReport> LoadFromDaysAsync(
        IDbContextFactory<ClerkDbContext> dbFactory, StatisticsFilter filter, Task<IReadOnlyList<StatisticsDay>> closedDays,
        DateOnly liveFrom, WorkingDayCalendar calendar, DateOnly today, Catalog? catalog, CancellationToken ct)
    {
        var liveTask = LiveAsync(dbFactory, filter.From, filter.To, DepartmentOf(filter), ct);
        var openDaysTask = liveFrom <= filter.To
            ? dbFactory.RunAsync(db => StatisticsDay.CountAsync(db, catalog, liveFrom, filter.To, ct), ct)
            : Task.FromResult<IReadOnlyList<StatisticsDay>>([]);
        await Task.WhenAll(liveTask, openDaysTask, closedDays);
        var accepted = StatisticsDay.Sum(closedDays.Result.Concat(openDaysTask.Result), DepartmentOf(filter));
        return Assemble(filter, accepted, liveTask.Result, calendar, today);
    }

    private static string? DepartmentOf(StatisticsFilter filter) => string.IsNullOrWhiteSpace(filter.DepartmentCode) ? null : filter.DepartmentCode;

    /// <summary>Promised cases decided in the range, grouped so that working days are counted once per group.</summary>
    internal static async Task<List<(string Department, HandlingGroup Group)>> HandlingAsync(ClerkDbContext db, DateOnly from, DateOnly to, string? dept, CancellationToken ct)
    {
        var (decidedFrom, decidedTo) = DayRange.Of(from, to);
        var rows = dept is null
            ? await db.Database.SqlQuery<HandlingRow>($"""
                SELECT "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10) AS "DecidedOn", "PromisedDays", "PausedWorkingDays", COUNT(*) AS "Count"
                FROM "Cases" WHERE "DecidedAt" >= {decidedFrom} AND "DecidedAt" < {decidedTo} AND "ItemKind" = 'Promised'
                  AND ("CenterId" = {db.SqlCenter} OR {db.SqlAllCenters} = 1)
                GROUP BY "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10), "PromisedDays", "PausedWorkingDays"
                """).ToListAsync(ct)
            : await db.Database.SqlQuery<HandlingRow>($"""
                SELECT "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10) AS "DecidedOn", "PromisedDays", "PausedWorkingDays", COUNT(*) AS "Count"
                FROM "Cases" WHERE "DecidedAt" >= {decidedFrom} AND "DecidedAt" < {decidedTo} AND "ItemKind" = 'Promised' AND "DepartmentCode" = {dept}
                  AND ("CenterId" = {db.SqlCenter} OR {db.SqlAllCenters} = 1)
                GROUP BY "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10), "PromisedDays", "PausedWorkingDays"
                """).ToListAsync(ct);
        return rows
            .Select(h => (h.DepartmentCode, new HandlingGroup(h.AcceptedOn, DateOnly.ParseExact(h.DecidedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), h.PromisedDays, h.PausedWorkingDays, h.Count)))
            .ToList();
    }

    private static async Task<LiveFacts> LiveAsync(IDbContextFactory<ClerkDbContext> dbFactory, DateOnly from, DateOnly to, string? dept, CancellationToken ct)
    {
        var ratingTask = dbFactory.RunAsync(db =>
        {
            var ratings = db.ServiceRatings.AsNoTracking().Where(r => r.RatedOn >= from && r.RatedOn <= to);
            if (dept is not null)
            {
                ratings = ratings.Where(r => r.DepartmentCode == dept);
            }
            return ratings
                .GroupBy(r => new { r.Level, r.Excluded })
                .Select(g => new { g.Key.Level, g.Key.Excluded, Count = g.Count() })
                .ToListAsync(ct);
        }, ct);

        // The small ones share one context.
        var restTask = dbFactory.RunAsync(async db =>
        {
            var decisions = db.IntakeDecisions.AsNoTracking().Where(d => d.Day >= from && d.Day <= to);
            if (dept is not null)
            {
                decisions = decisions.Where(d => d.DepartmentCode == dept);
            }
            var decisionRows = await decisions
                .GroupBy(d => new { d.ClerkId, d.ClerkName, d.Kind })
                .Select(g => new { g.Key.ClerkId, g.Key.ClerkName, g.Key.Kind, Count = g.Count() })
                .ToListAsync(ct);

            var tasks = db.RectificationTasks.AsNoTracking().Where(t => t.OpenedOn >= from && t.OpenedOn <= to);
            if (dept is not null)
            {
                tasks = tasks.Where(t => t.DepartmentCode == dept);
            }
            var taskList = await tasks.ToListAsync(ct); // bad ratings only: a handful per week
            var isDemo = await db.DemoHistory.AnyAsync(ct);
            return (decisionRows, taskList, isDemo);
        }, ct);

        await Task.WhenAll(ratingTask, restTask);
        var (decisionRows, taskList, isDemo) = restTask.Result;
        return new LiveFacts(
            ratingTask.Result.Select(r => (r.Level, r.Excluded, r.Count)).ToList(),
            decisionRows.Select(d => (d.ClerkId, d.ClerkName, d.Kind, d.Count)).ToList(),
            taskList,
            isDemo);
    }

    private static StatisticsReport Assemble(StatisticsFilter filter, AcceptedFigures accepted, LiveFacts live, WorkingDayCalendar calendar, DateOnly today)
    {
        var (byDayAndDepartment, groups, decisionRows, ratingRows, taskList) = (accepted.ByDayAndDepartment, accepted.Handling, live.Decisions, live.Ratings, live.Tasks);
        var workingDays = new Dictionary<(DateOnly, DateOnly), int>();
        var handling = Figures.Handling(groups.Select(g => g.Group), calendar, workingDays);
        var groupsByDepartment = groups.ToLookup(g => g.Department, g => g.Group, StringComparer.Ordinal);
        var acceptedByDepartment = byDayAndDepartment.ToLookup(r => r.Department, StringComparer.Ordinal);
        var departmentCodes = byDayAndDepartment.Select(r => r.Department).Concat(groups.Select(g => g.Department)).Distinct(StringComparer.Ordinal);
        var departments = departmentCodes
            .Select(code =>
            {
                var mine = acceptedByDepartment[code].ToList();
                var h = Figures.Handling(groupsByDepartment[code], calendar, workingDays);
                return new DepartmentFigures(code, mine.Sum(r => r.Count), mine.Sum(r => r.Instant), h.Cases, h.Late);
            })
            .OrderByDescending(d => d.Accepted).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

        var days = byDayAndDepartment.GroupBy(r => r.Day)
            .Select(g => new DayVolume(g.Key, g.Sum(r => r.Count), g.Sum(r => r.Instant)))
            .OrderBy(d => d.Day)
            .ToList();

        var clerkFigures = accepted.Clerks
            .Concat(decisionRows.Select(d => new ClerkCount(d.ClerkId, d.ClerkName, 0, 0)))
            .GroupBy(c => c.Id)
            .Select(g => new ClerkFigures(g.Key, g.First().Name, g.Sum(c => c.Count), g.Sum(c => c.Instant),
                decisionRows.Where(d => d.ClerkId == g.Key && d.Kind == IntakeDecisionKind.OneTimeNotice).Sum(d => d.Count),
                decisionRows.Where(d => d.ClerkId == g.Key && d.Kind == IntakeDecisionKind.Refusal).Sum(d => d.Count)))
            .OrderByDescending(c => c.Accepted).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        var byLevel = RatingLevels.BestFirst.ToDictionary(l => l, l => ratingRows.Where(r => r.Level == l && !r.Excluded).Sum(r => r.Count));

        return new StatisticsReport(
            filter,
            byDayAndDepartment.Sum(r => r.Count),
            byDayAndDepartment.Sum(r => r.Instant),
            decisionRows.Where(d => d.Kind == IntakeDecisionKind.OneTimeNotice).Sum(d => d.Count),
            decisionRows.Where(d => d.Kind == IntakeDecisionKind.Refusal).Sum(d => d.Count),
            handling,
            days,
            departments,
            accepted.Items,
            clerkFigures,
            new RatingFigures(byLevel, ratingRows.Where(r => r.Excluded && r.Level != null).Sum(r => r.Count)),
            new RectificationFigures(taskList.Count, taskList.Count(t => t.IsFinished), taskList.Count(t => t.WasOnTime), taskList.Count(t => t.IsOverdueOn(today))),
            live.IsDemo,
            accepted.Waivers,
            ChannelFigures.Of(accepted.Channels));
    }

    /// <summary>The recorded materials' waiver counts per department and item of <paramref name="accepted"/>, streamed.</summary>
    internal static async Task<Dictionary<(string Department, string Item), WaiverCount>> CountWaiversAsync(IQueryable<Case> accepted, Catalog? catalog, CancellationToken ct)
    {
        var counts = new Dictionary<(string Department, string Item), WaiverCount>();
        var rows = accepted.Select(c => new { c.DepartmentCode, c.ItemCode, Materials = EF.Property<List<MaterialRecord>>(c, "_materials") }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            var key = (row.DepartmentCode, row.ItemCode);
            counts[key] = counts.GetValueOrDefault(key, WaiverCount.Zero).Add(WaiverCount.Of(row.Materials, catalog?.FindItem(row.ItemCode)));
        }

        return counts;
    }

    internal static WaiverFigures WaiversOf(IEnumerable<KeyValuePair<(string Department, string Item), WaiverCount>> counts)
    {
        static List<WaiverRow> Sum(IEnumerable<IGrouping<string, WaiverCount>> groups) => groups
            .Select(g => new WaiverRow(g.Key, g.Aggregate(WaiverCount.Zero, (a, b) => a.Add(b))))
            .Where(r => r.Count.Required > 0)
            .OrderByDescending(r => r.Count.Required).ThenBy(r => r.Code, StringComparer.Ordinal)
            .ToList();

        var list = counts.ToList();
        return new WaiverFigures(
            list.Select(p => p.Value).Aggregate(WaiverCount.Zero, (a, b) => a.Add(b)),
            Sum(list.GroupBy(p => p.Key.Department, p => p.Value)),
            Sum(list.GroupBy(p => p.Key.Item, p => p.Value)));
    }
}
