using ClerkStation.Domain.Staff;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.City;

/// <summary>One center's figures as its own supervisor sees them on the statistics page, for the city's drill-in.</summary>
public sealed record CenterReport(string Code, string Name, string County, StatisticsReport Figures);

/// <summary>
/// The city supervisor drills into one center (/city/{code}): its figures per day and per department over the range,
/// read-only. Null when no center has the code.
/// </summary>
[AllowedRoles(StaffRole.CitySupervisor)]
public sealed record GetCenterFigures(string Code, DateOnly From, DateOnly To) : IQuery<CenterReport?>;

public sealed class GetCenterFiguresValidator : IRequestValidator<GetCenterFigures>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(GetCenterFigures message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StatisticsFilter.RangeProblems(message.From, message.To));
}

public sealed class GetCenterFiguresHandler(IDbContextFactory<ClerkDbContext> dbFactory, CalendarService calendars, CenterClock clock, CatalogStore store)
    : IQueryHandler<GetCenterFigures, CenterReport?>
{
    public async ValueTask<CenterReport?> Handle(GetCenterFigures query, CancellationToken cancellationToken)
    {
        var code = query.Code?.Trim() ?? string.Empty;
        if (!Domain.Centers.Center.IsCode(code))
        {
            return null;
        }

        Domain.Centers.Center? center;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            center = await db.Centers.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        }

        if (center is null)
        {
            return null;
        }

        // The same aggregates as the center's own statistics page, through contexts scoped to that one center.
        var figures = await StatisticsQueries.LoadAsync(new OneCenterDbContextFactory(dbFactory, center.Id),
            new StatisticsFilter(query.From, query.To), calendars.Current, clock.For(center.Id).Today, cancellationToken, store.Catalog);
        return new CenterReport(center.Code, center.Name, center.County, figures);
    }

    /// <summary>Hands out contexts scoped to one center (ADR 0018), so every query and raw SQL sees that center only.</summary>
    private sealed class OneCenterDbContextFactory(IDbContextFactory<ClerkDbContext> inner, int centerId) : IDbContextFactory<ClerkDbContext>
    {
        public ClerkDbContext CreateDbContext()
        {
            var db = inner.CreateDbContext();
            db.CenterScope = centerId;
            return db;
        }
    }
}
