using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Statistics;

/// <summary>The queue's figures for a range of days (at most two years, like the other statistics).</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetQueueStatistics(DateOnly From, DateOnly To) : IQuery<QueueStatistics>;

public sealed class GetQueueStatisticsValidator : IRequestValidator<GetQueueStatistics>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(GetQueueStatistics message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StatisticsFilter.RangeProblems(message.From, message.To));
}

public sealed class GetQueueStatisticsHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetQueueStatistics, QueueStatistics>
{
    public async ValueTask<QueueStatistics> Handle(GetQueueStatistics query, CancellationToken cancellationToken) =>
        await LoadAsync(dbFactory, query.From, query.To, cancellationToken);

    public static async Task<QueueStatistics> LoadAsync(IDbContextFactory<ClerkDbContext> dbFactory, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var tickets = await db.QueueTickets.AsNoTracking().Where(t => t.Day >= from && t.Day <= to).ToListAsync(ct);
        var visits = await db.Visits.AsNoTracking().Where(v => v.Day >= from && v.Day <= to).ToListAsync(ct);
        return QueueStatistics.Compute(from, to, tickets, visits);
    }
}
