using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Statistics;

namespace ClerkStation.Features.Statistics;

/// <summary>
/// The statistics as SQL aggregations: every query is a GROUP BY over a covering index range
/// (IX_Cases_Stats_Accepted, IX_Cases_Stats_Decided); nothing loads cases into memory. Working days are counted once per
/// (accepted, decided, promised, paused) group by the domain (<see cref="Figures.Handling"/>). <see cref="LoadAsync"/> is
/// the plain query over the whole range; <see cref="StatisticsDailyFigures"/> gives the same report from kept days.
/// </summary>
public static partial class StatisticsQueries
{
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
}
