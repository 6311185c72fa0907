using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Features.Api;

/// <summary>One step of the public timeline: what happened, when (no staff names, no personal data).</summary>
public sealed record ApiTimelineEntry(DateTimeOffset At, string Status, string? Detail);

/// <summary>A pre-application's status as its client sees it, with its public timeline.</summary>
public sealed record ApiPreApplicationStatus(Guid Id, string Number, string Target, string Channel, string Status, IReadOnlyList<ApiTimelineEntry> Timeline);

/// <summary>GET /api/v1/applications/{id}: only the client that submitted it sees it (anyone else: not found).</summary>
[AllowedRoles(StaffRole.ApiClient)]
public sealed record GetPreApplication(Guid Id) : IQuery<ApiPreApplicationStatus?>;

public sealed class GetPreApplicationHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser) : IQueryHandler<GetPreApplication, ApiPreApplicationStatus?>
{
    public async ValueTask<ApiPreApplicationStatus?> Handle(GetPreApplication query, CancellationToken cancellationToken)
    {
        var client = await currentUser.RequireAsync();
        var clientId = client.UserId[ApiCaller.UserIdPrefix.Length..];
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pre = await db.PreApplications.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id && p.ClientId == clientId, cancellationToken);
        if (pre is null)
        {
            return null;
        }

        var timeline = new List<ApiTimelineEntry> { new(pre.SubmittedAt, nameof(PreApplicationStatus.Submitted), null) };
        if (pre.DecidedAt is { } decided)
        {
            timeline.Add(new ApiTimelineEntry(decided, pre.Status.ToString(), pre.Outcome));
        }

        return new ApiPreApplicationStatus(pre.Id, pre.Number, pre.TargetCode, pre.Channel.ToString(), pre.Status.ToString(), timeline);
    }
}
