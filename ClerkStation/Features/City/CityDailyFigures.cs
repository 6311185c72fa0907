using ClerkStation.Domain.Calendar;

namespace ClerkStation.Features.City;

/// <summary>
/// Each center's figures of each closed day (ADR 0029), counted once per database and day and kept in memory, so a year
/// of the city is ~36 × 365 sums instead of a GROUP BY over every case of the year. What is kept are facts that do not
/// change once their day is over: cases accepted that day, promised cases decided that day (with the calendar they were
/// counted by: a calendar change counts again), ratings given that day (a late rating is given on a later day and lands
/// there). What can change later is read live by the caller: exclusions of ratings, follow-up states, and today.
/// Only for the production database (the practice one is reset); each node keeps its own, and needs no message from the
/// others because nothing it keeps can change.
/// </summary>
public sealed class CityDailyFigures
{
    private readonly SemaphoreSlim _fill = new(1, 1);
    private readonly Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    private sealed class Kept(WorkingDayCalendar calendar)
    {
        public WorkingDayCalendar Calendar { get; } = calendar;
        public HashSet<DateOnly> Days { get; } = new();
        public Dictionary<(int CenterId, DateOnly Day), CityDayTotals> Totals { get; } = new();
    }

    /// <summary>How many days are kept (each with every center's sums), over every database.</summary>
    public int KeptDayCount => _kept.Values.Sum(k => k.Days.Count);

    /// <summary>The sums per center over the closed days <paramref name="from"/>..<paramref name="to"/>, counting the days not kept yet.</summary>
    public async Task<Dictionary<int, CityDayTotals>> ClosedDaysAsync(
        IDbContextFactory<ClerkDbContext> dbFactory, WorkingDayCalendar calendar, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var database = db.Database.GetConnectionString() ?? string.Empty;
        await _fill.WaitAsync(ct);
        try
        {
            if (!_kept.TryGetValue(database, out var kept) || !ReferenceEquals(kept.Calendar, calendar))
            {
                _kept[database] = kept = new Kept(calendar);
            }

            var missing = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).Where(d => !kept.Days.Contains(d)).ToHashSet();
            if (missing.Count > 0)
            {
                // One GROUP BY over the span of the days not kept (usually one block: the range's new first or last days).
                var counted = await CityFigureQueries.ByDayAsync(db, calendar, missing.Min(), missing.Max(), ct);
                kept.Days.UnionWith(missing);

                foreach (var ((center, day), totals) in counted)
                {
                    if (missing.Contains(day))
                    {
                        kept.Totals[(center, day)] = totals;
                    }
                }
            }

            return kept.Totals.Where(t => t.Key.Day >= from && t.Key.Day <= to)
                .GroupBy(t => t.Key.CenterId)
                .ToDictionary(g => g.Key, g => g.Select(t => t.Value).Aggregate(default(CityDayTotals), CityDayTotals.Add));
        }
        finally
        {
            _fill.Release();
        }
    }
}
