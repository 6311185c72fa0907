using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Statistics;

/// <summary>The reform's figures for a date range and (optionally) one department.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetStatistics(StatisticsFilter Filter) : IQuery<StatisticsReport>;

public sealed class GetStatisticsValidator : IRequestValidator<GetStatistics>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(GetStatistics message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StatisticsFilter.RangeProblems(message.Filter.From, message.Filter.To));
}

/// <summary>Closed days come kept (<see cref="StatisticsDailyFigures"/>) for a center's production data; today is counted live.</summary>
public sealed class GetStatisticsHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CalendarService calendars, CenterClock clock, CatalogStore store, StatisticsDailyFigures daily, Workspace workspace)
    : IQueryHandler<GetStatistics, StatisticsReport>
{
    public async ValueTask<StatisticsReport> Handle(GetStatistics query, CancellationToken cancellationToken) =>
        await daily.LoadAsync(dbFactory, !workspace.IsPractice && workspace.CenterScope is not null, query.Filter, calendars.Current, clock.Today, store.Catalog, cancellationToken);
}
