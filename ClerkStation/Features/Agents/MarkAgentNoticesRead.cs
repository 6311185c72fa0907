using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Agents;

/// <summary>The agent has seen their notices: all of them are read now.</summary>
[AllowedRoles(StaffRole.Agent)]
public sealed record MarkAgentNoticesRead : ICommand<int>;

public sealed class MarkAgentNoticesReadHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<MarkAgentNoticesRead, int>
{
    public async ValueTask<int> Handle(MarkAgentNoticesRead command, CancellationToken cancellationToken)
    {
        var agent = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var unread = await db.Set<AgentNotice>().Where(n => n.AgentId == agent.UserId && n.ReadAt == null).ToListAsync(cancellationToken);
        var now = clock.Now;
        unread.ForEach(n => n.ReadAt = now);
        await db.SaveChangesAsync(cancellationToken);
        return unread.Count;
    }
}
