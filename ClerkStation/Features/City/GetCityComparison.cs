using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Statistics;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.City;

/// <summary>The reform's figures of one center over a range of days, side by side with the others on /city.</summary>
public sealed record CenterFigures(
    int CenterId, string Code, string Name, string County, int Accepted, int Instant, HandlingSummary Handling, int Rated, int Bad, int BadFollowedUp)
{
    public double InstantShare => Figures.Percent(Instant, Accepted);

    public double OverdueRate => Figures.Percent(Handling.Late, Handling.Cases);

    public double SatisfactionRate => Figures.Percent(Rated - Bad, Rated);

    /// <summary>Bad ratings whose callback-and-fix task is finished (差评回访整改率).</summary>
    public double FollowUpRate => Figures.Percent(BadFollowedUp, Bad);
}

/// <summary>
/// Every center of the deployment over the days <see cref="From"/>..<see cref="To"/>, each by its own day (ADR 0029): the
/// closed days from <see cref="CityDailyFigures"/> (counted once), the days from the earliest center's today on live,
/// exclusions and follow-up states live; never one query per center (ADR 0018: a city handler, so it reads across centers).
/// </summary>
[AllowedRoles(StaffRole.CitySupervisor)]
public sealed record GetCityComparison(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<CenterFigures>>;

public sealed class GetCityComparisonHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CalendarService calendars, CenterClocks clocks, CityDailyFigures daily, Workspace workspace)
    : IQueryHandler<GetCityComparison, IReadOnlyList<CenterFigures>>
{
    public async ValueTask<IReadOnlyList<CenterFigures>> Handle(GetCityComparison query, CancellationToken cancellationToken)
    {
        var (from, to) = query.To < query.From ? (query.To, query.From) : (query.From, query.To);
        var calendar = calendars.Current;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var centers = await db.Centers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        // A day is closed when it is over at every center (the one furthest behind decides); the practice database is never kept.
        var firstOpen = centers.Count == 0 ? clocks.Default.Today : centers.Min(c => clocks.For(c.Id).Today);
        var closedTo = workspace.IsPractice ? from.AddDays(-1) : (to < firstOpen ? to : firstOpen.AddDays(-1));
        var totals = closedTo >= from
            ? await daily.ClosedDaysAsync(dbFactory, calendar, from, closedTo, cancellationToken)
            : new Dictionary<int, CityDayTotals>();
        if (to > closedTo)
        {
            var liveFrom = closedTo >= from ? closedTo.AddDays(1) : from;
            foreach (var ((center, _), day) in await CityFigureQueries.ByDayAsync(db, calendar, liveFrom, to, cancellationToken))
            {
                totals[center] = totals.GetValueOrDefault(center) + day;
            }
        }

        var excluded = await CityFigureQueries.ExcludedAsync(db, from, to, cancellationToken);
        var followUps = (await db.RectificationTasks.AcrossCenters().AsNoTracking()
                .Where(t => t.OpenedOn >= from && t.OpenedOn <= to)
                .GroupBy(t => new { t.CenterId, t.Status })
                .Select(g => new { g.Key.CenterId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.CenterId);

        return centers.Select(c =>
            {
                var t = totals.GetValueOrDefault(c.Id);
                var x = excluded.GetValueOrDefault(c.Id);
                return new CenterFigures(c.Id, c.Code, c.Name, c.County, t.Accepted, t.Instant, t.Handling.ToSummary(), t.Rated - x.Rated, t.Bad - x.Bad,
                    followUps[c.Id].Where(f => f.Status is RectificationStatus.Closed or RectificationStatus.Dismissed).Sum(f => f.Count));
            })
            .ToList();
    }
}
