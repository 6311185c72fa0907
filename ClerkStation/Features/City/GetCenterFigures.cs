using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.City;

/// <summary>One center's figures as its own supervisor sees them on the statistics page, for the city's drill-in.</summary>
public sealed record CenterReport(string Code, string Name, string County, StatisticsReport Figures);

/// <summary>
/// The city supervisor drills into one center (/city/{code}): its figures per day and per department over the range,
/// read-only. Null when no center has the code. Without a range, the last <see cref="CityRange.DefaultDays"/> days up to
/// that center's own today (its clock, not the city supervisor's); the report's filter says which days were shown.
/// </summary>
[AllowedRoles(StaffRole.CitySupervisor)]
public sealed record GetCenterFigures(string Code, DateOnly? From = null, DateOnly? To = null) : IQuery<CenterReport?>;

public sealed class GetCenterFiguresValidator : IRequestValidator<GetCenterFigures>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(GetCenterFigures message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(message is { From: { } from, To: { } to } ? StatisticsFilter.RangeProblems(from, to) : []);
}

public sealed class GetCenterFiguresHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CalendarService calendars, CenterClocks clocks, CatalogStore store, StatisticsDailyFigures daily, Workspace workspace)
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

        // The same figures as the center's own statistics page (kept days included), through contexts scoped to that one center.
        var today = clocks.For(center.Id).Today;
        var (from, to) = (query.From ?? (query.To ?? today).AddDays(1 - CityRange.DefaultDays), query.To ?? today);
        var figures = await daily.LoadAsync(new OneCenterDbContextFactory(dbFactory, center.Id), !workspace.IsPractice,
            new StatisticsFilter(from, to), calendars.Current, today, store.Catalog, cancellationToken);
        return new CenterReport(center.Code, center.Name, center.County, figures);
    }
}
