using ClerkStation.Domain.Catalog;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Agents;

public sealed record AgentNoticeRow(Guid Id, AgentNoticeKind Kind, string CaseNumber, LocalizedText? ItemName, string ApplicantName, DateTimeOffset CreatedAt, bool Unread);

public sealed record AgentNoticeList(IReadOnlyList<AgentNoticeRow> Notices, int Unread);

/// <summary>The signed-in agent's notices, newest first, and how many are unread; no agent sees another's.</summary>
[AllowedRoles(StaffRole.Agent)]
public sealed record GetAgentNotices : IQuery<AgentNoticeList>;

public sealed class GetAgentNoticesHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store)
    : IQueryHandler<GetAgentNotices, AgentNoticeList>
{
    public const int Limit = 50;

    public async ValueTask<AgentNoticeList> Handle(GetAgentNotices query, CancellationToken cancellationToken)
    {
        var agent = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = db.Set<AgentNotice>().AsNoTracking().Where(n => n.AgentId == agent.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var rows = await mine.OrderByDescending(n => n.Id).Take(Limit).ToListAsync(cancellationToken);
        return new AgentNoticeList(
            [.. rows.Select(n => new AgentNoticeRow(n.Id, n.Kind, n.CaseNumber, store.FindTarget(n.ItemCode)?.Name, n.ApplicantName, n.CreatedAt, n.ReadAt is null))],
            unread);
    }
}
