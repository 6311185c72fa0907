using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Statistics;

/// <summary>
/// Each center's statistics of each closed day (ADR 0030), counted once and kept in memory per database, so the
/// statistics page reads ~30 kept days and counts only today instead of grouping a month of cases on every open.
/// Kept: what the cases accepted and decided that day add up to (<see cref="StatisticsDay"/>). The one thing that changes
/// a past day is a case moved to another department while still open (reassigned, returned as misrouted): that step
/// publishes <see cref="DayTopic"/> (<see cref="ForgetMovedStatisticsDay"/>), which reaches every node like a live update,
/// and each node forgets the case's acceptance day. A resynchronization or a calendar change forgets everything.
/// Only for the production database (the practice one is reset), and only for a center-bound caller.
/// </summary>
public sealed partial class StatisticsDailyFigures : IDisposable
{
    private readonly SemaphoreSlim _fill = new(1, 1);
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Database, int Center), Dictionary<DateOnly, StatisticsDay>> _kept = new();
    private readonly IDisposable _subscription;
    private Catalog? _catalog;
    private long _version;

    public StatisticsDailyFigures(LiveUpdates live)
    {
        ArgumentNullException.ThrowIfNull(live);
        _subscription = live.Subscribe(t => t.StartsWith(TopicPrefix, StringComparison.Ordinal) || t == LiveUpdates.CalendarTopic, OnChange);
    }

    /// <summary>How many center days are kept, over every database.</summary>
    public int KeptDayCount
    {
        get
        {
            lock (_gate)
            {
                return _kept.Values.Sum(d => d.Count);
            }
        }
    }

    /// <summary>
    /// The report of <paramref name="filter"/>: the closed days (before <paramref name="today"/>) from the kept days when
    /// <paramref name="keep"/> (production, one center), the days from today on and everything else live.
    /// </summary>
    public Task<StatisticsReport> LoadAsync(IDbContextFactory<ClerkDbContext> dbFactory, bool keep, StatisticsFilter filter, WorkingDayCalendar calendar,
        DateOnly today, Catalog? catalog, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!keep)
        {
            return StatisticsQueries.LoadAsync(dbFactory, filter, calendar, today, ct, catalog);
        }

        var closedTo = filter.To < today ? filter.To : today.AddDays(-1);
        var closed = closedTo >= filter.From
            ? Task.Run(() => ClosedDaysAsync(dbFactory, catalog, filter.From, closedTo, ct), ct)
            : Task.FromResult<IReadOnlyList<StatisticsDay>>([]);
        var liveFrom = closedTo >= filter.From ? closedTo.AddDays(1) : filter.From;
        return StatisticsQueries.LoadFromDaysAsync(dbFactory, filter, closed, liveFrom, calendar, today, catalog, ct);
    }

    /// <summary>The kept days <paramref name="from"/>..<paramref name="to"/> (all before the center's today) of the factory's center, counting those not kept yet.</summary>
    public async Task<IReadOnlyList<StatisticsDay>> ClosedDaysAsync(
        IDbContextFactory<ClerkDbContext> dbFactory, Catalog? catalog, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = (db.Database.GetConnectionString() ?? string.Empty, db.SqlCenter);
        await _fill.WaitAsync(ct);
        try
        {
            List<DateOnly> missing;
            long version;
            Dictionary<DateOnly, StatisticsDay> kept;
            lock (_gate)
            {
                if (!ReferenceEquals(_catalog, catalog))
                {
                    _kept.Clear(); // the waiver figures depend on the catalog's required materials
                    _catalog = catalog;
                }

                kept = _kept.TryGetValue(key, out var k) ? k : _kept[key] = new Dictionary<DateOnly, StatisticsDay>();
                missing = Days(from, to).Where(d => !kept.ContainsKey(d)).ToList();
                version = _version;
            }

            var counted = new Dictionary<DateOnly, StatisticsDay>();
            if (missing.Count > 0)
            {
                // One count over the span of the days not kept (usually one block: the range's new first or last days).
                foreach (var day in await StatisticsDay.CountAsync(db, catalog, missing[0], missing[^1], ct))
                {
                    counted[day.Day] = day;
                }
            }

            lock (_gate)
            {
                var result = new List<StatisticsDay>();
                foreach (var d in Days(from, to))
                {
                    var day = kept.GetValueOrDefault(d) ?? counted.GetValueOrDefault(d) ?? new StatisticsDay(d);
                    // A day forgotten while it was being counted may have been counted before the change: used once, not kept.
                    if (version == _version && !kept.ContainsKey(d))
                    {
                        kept[d] = day;
                    }

                    result.Add(day);
                }

                return result;
            }
        }
        finally
        {
            _fill.Release();
        }
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _fill.Dispose();
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to) => Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays);
}
