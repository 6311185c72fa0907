using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
/// Every center of the deployment over the days <see cref="From"/>..<see cref="To"/>: one GROUP BY "CenterId" query per
/// figure group, never one query per center (ADR 0018: a city handler, so it reads across centers).
/// </summary>
[AllowedRoles(StaffRole.CitySupervisor)]
public sealed record GetCityComparison(DateOnly From, DateOnly To) : IQuery<IReadOnlyList<CenterFigures>>;

public sealed class GetCityComparisonHandler(IDbContextFactory<ClerkDbContext> dbFactory, CalendarService calendars)
    : IQueryHandler<GetCityComparison, IReadOnlyList<CenterFigures>>
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

    public async ValueTask<IReadOnlyList<CenterFigures>> Handle(GetCityComparison query, CancellationToken cancellationToken)
    {
        var (from, to) = query.To < query.From ? (query.To, query.From) : (query.From, query.To);
        var (decidedFrom, decidedTo) = DayRange.Of(from, to);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var centers = await db.Centers.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var accepted = await db.Cases.AcrossCenters().AsNoTracking()
            .Where(c => c.AcceptedOn >= from && c.AcceptedOn <= to)
            .GroupBy(c => c.CenterId)
            .Select(g => new { CenterId = g.Key, Count = g.Count(), Instant = g.Count(c => c.ItemKind == ItemKind.Instant) })
            .ToDictionaryAsync(r => r.CenterId, cancellationToken);
        var handling = (await db.Database.SqlQuery<HandlingRow>($"""
                SELECT "CenterId", "AcceptedOn", substr("DecidedAt", 1, 10) AS "DecidedOn", "PromisedDays", "PausedWorkingDays", COUNT(*) AS "Count"
                FROM "Cases" WHERE "DecidedAt" >= {decidedFrom} AND "DecidedAt" < {decidedTo} AND "ItemKind" = 'Promised'
                GROUP BY "CenterId", "AcceptedOn", substr("DecidedAt", 1, 10), "PromisedDays", "PausedWorkingDays"
                """).ToListAsync(cancellationToken))
            .ToLookup(h => h.CenterId, h => new HandlingGroup(h.AcceptedOn,
                DateOnly.ParseExact(h.DecidedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), h.PromisedDays, h.PausedWorkingDays, h.Count));
        var ratings = (await db.ServiceRatings.AcrossCenters().AsNoTracking()
                .Where(r => r.RatedOn >= from && r.RatedOn <= to && r.Level != null && !r.Excluded)
                .GroupBy(r => new { r.CenterId, r.Level })
                .Select(g => new { g.Key.CenterId, g.Key.Level, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.CenterId);
        var followUps = (await db.RectificationTasks.AcrossCenters().AsNoTracking()
                .Where(t => t.OpenedOn >= from && t.OpenedOn <= to)
                .GroupBy(t => new { t.CenterId, t.Status })
                .Select(g => new { g.Key.CenterId, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.CenterId);

        var workingDays = new Dictionary<(DateOnly, DateOnly), int>();
        return centers.Select(c =>
            {
                var a = accepted.GetValueOrDefault(c.Id);
                var rated = ratings[c.Id].ToList();
                return new CenterFigures(c.Id, c.Code, c.Name, c.County, a?.Count ?? 0, a?.Instant ?? 0,
                    Figures.Handling(handling[c.Id], calendars.Current, workingDays),
                    rated.Sum(r => r.Count), rated.Where(r => r.Level is { } level && level.IsBad()).Sum(r => r.Count),
                    followUps[c.Id].Where(t => t.Status is RectificationStatus.Closed or RectificationStatus.Dismissed).Sum(t => t.Count));
            })
            .ToList();
    }
}
