using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.Shared;

namespace ClerkStation.Features.City;

/// <summary>The facts of a center over some days that add up: acceptances, decided promised cases, ratings.</summary>
public readonly record struct CityDayTotals(int Accepted, int Instant, HandlingTotals Handling, int Rated, int Bad)
{
    public static CityDayTotals operator +(CityDayTotals a, CityDayTotals b) =>
        new(a.Accepted + b.Accepted, a.Instant + b.Instant, a.Handling + b.Handling, a.Rated + b.Rated, a.Bad + b.Bad);

    public static CityDayTotals Add(CityDayTotals a, CityDayTotals b) => a + b;
}

/// <summary>
/// The city comparison's GROUP BY queries across every center (ADR 0018 escape hatch: a city read). <see cref="ByDayAsync"/>
/// groups by center and day, counting every rating given that day (excluded or not: an exclusion comes later, and
/// <see cref="ExcludedAsync"/> subtracts it live); <see cref="LiveAsync"/> is the plain range query it must equal.
/// </summary>
public static class CityFigureQueries
{
    private sealed class HandlingRow
    {
        public int CenterId { get; set; }
        public DateOnly AcceptedOn { get; set; }
        public string DecidedOn { get; set; } = string.Empty;
        public int PromisedDays { get; set; }
        public int PausedWorkingDays { get; set; }
        public int Count { get; set; }
    }

    public static async Task<Dictionary<(int CenterId, DateOnly Day), CityDayTotals>> ByDayAsync(
        ClerkDbContext db, WorkingDayCalendar calendar, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var days = new Dictionary<(int, DateOnly), CityDayTotals>();
        void Add(int center, DateOnly day, CityDayTotals t) => days[(center, day)] = days.GetValueOrDefault((center, day)) + t;
        foreach (var a in await db.Cases.AcrossCenters().AsNoTracking()
                     .Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to)
                     .GroupBy(c => new { c.CenterId, c.AcceptedOn })
                     .Select(g => new { g.Key.CenterId, g.Key.AcceptedOn, Count = g.Count(), Instant = g.Count(c => c.ItemKind == ItemKind.Instant) })
                     .ToListAsync(ct))
        {
            Add(a.CenterId, a.AcceptedOn, new CityDayTotals(a.Count, a.Instant, default, 0, 0));
        }

        var workingDays = new Dictionary<(DateOnly, DateOnly), int>();
        foreach (var g in (await HandlingAsync(db, from, to, ct)).GroupBy(g => (g.CenterId, g.Group.DecidedOn)))
        {
            Add(g.Key.CenterId, g.Key.DecidedOn, new CityDayTotals(0, 0, Figures.Totals(g.Select(x => x.Group), calendar, workingDays), 0, 0));
        }

        foreach (var r in await db.ServiceRatings.AcrossCenters().AsNoTracking()
                     .Where(r => r.RatedOn >= from && r.RatedOn <= to && r.Level != null)
                     .GroupBy(r => new { r.CenterId, r.RatedOn, r.Level })
                     .Select(g => new { g.Key.CenterId, g.Key.RatedOn, g.Key.Level, Count = g.Count() })
                     .ToListAsync(ct))
        {
            Add(r.CenterId, r.RatedOn!.Value, new CityDayTotals(0, 0, default, r.Count, r.Level is { } level && level.IsBad() ? r.Count : 0));
        }

        return days;
    }

    /// <summary>Ratings of the days that were excluded (an upheld appeal dismisses the bad rating's task), per center.</summary>
    public static async Task<Dictionary<int, CityDayTotals>> ExcludedAsync(ClerkDbContext db, DateOnly first, DateOnly last, CancellationToken ct) =>
        (await (from t in db.RectificationTasks.AcrossCenters().AsNoTracking()
                where t.Status == RectificationStatus.Dismissed
                join r in db.ServiceRatings.AcrossCenters().AsNoTracking() on t.RatingId equals r.Id
                where r.Excluded && r.Level != null && r.RatedOn >= first && r.RatedOn <= last
                select new { r.CenterId, r.Level }).ToListAsync(ct))
            .GroupBy(r => r.CenterId)
            .ToDictionary(g => g.Key, g => new CityDayTotals(0, 0, default, g.Count(), g.Count(r => r.Level is { } level && level.IsBad())));

    /// <summary>The plain GROUP BY "CenterId" over the range (what the comparison ran before the daily figures).</summary>
    public static async Task<Dictionary<int, CityDayTotals>> LiveAsync(ClerkDbContext db, WorkingDayCalendar calendar, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var totals = new Dictionary<int, CityDayTotals>();
        void Add(int center, CityDayTotals t) => totals[center] = totals.GetValueOrDefault(center) + t;
        foreach (var a in await db.Cases.AcrossCenters().AsNoTracking().Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to)
                     .GroupBy(c => c.CenterId).Select(g => new { CenterId = g.Key, Count = g.Count(), Instant = g.Count(c => c.ItemKind == ItemKind.Instant) })
                     .ToListAsync(ct))
        {
            Add(a.CenterId, new CityDayTotals(a.Count, a.Instant, default, 0, 0));
        }

        var workingDays = new Dictionary<(DateOnly, DateOnly), int>();
        foreach (var g in (await HandlingAsync(db, from, to, ct)).GroupBy(g => g.CenterId))
        {
            Add(g.Key, new CityDayTotals(0, 0, Figures.Totals(g.Select(x => x.Group), calendar, workingDays), 0, 0));
        }

        foreach (var r in await db.ServiceRatings.AcrossCenters().AsNoTracking()
                     .Where(r => r.RatedOn >= from && r.RatedOn <= to && r.Level != null && !r.Excluded)
                     .GroupBy(r => new { r.CenterId, r.Level }).Select(g => new { g.Key.CenterId, g.Key.Level, Count = g.Count() })
                     .ToListAsync(ct))
        {
            Add(r.CenterId, new CityDayTotals(0, 0, default, r.Count, r.Level is { } level && level.IsBad() ? r.Count : 0));
        }

        return totals;
    }

    private static async Task<List<(int CenterId, HandlingGroup Group)>> HandlingAsync(ClerkDbContext db, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (decidedFrom, decidedTo) = DayRange.Of(from, to);
        return (await db.Database.SqlQuery<HandlingRow>($"""
                SELECT "CenterId", "AcceptedOn", substr("DecidedAt", 1, 10) AS "DecidedOn", "PromisedDays", "PausedWorkingDays", COUNT(*) AS "Count"
                FROM "Cases" WHERE "DecidedAt" >= {decidedFrom} AND "DecidedAt" < {decidedTo} AND "ItemKind" = 'Promised'
                GROUP BY "CenterId", "AcceptedOn", substr("DecidedAt", 1, 10), "PromisedDays", "PausedWorkingDays"
                """).ToListAsync(ct))
            .Select(h => (h.CenterId, new HandlingGroup(h.AcceptedOn,
                DateOnly.ParseExact(h.DecidedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), h.PromisedDays, h.PausedWorkingDays, h.Count)))
            .ToList();
    }
}
