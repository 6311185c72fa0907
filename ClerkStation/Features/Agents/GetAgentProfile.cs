namespace ClerkStation.Features.Agents;

/// <summary>The signed-in agent's name and the villages they serve, for the head of /agent.</summary>
public sealed record AgentProfile(string DisplayName, string Villages);

[AllowedRoles(StaffRole.Agent)]
public sealed record GetAgentProfile : IQuery<AgentProfile>;

public sealed class GetAgentProfileHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser) : IQueryHandler<GetAgentProfile, AgentProfile>
{
    public async ValueTask<AgentProfile> Handle(GetAgentProfile query, CancellationToken cancellationToken)
    {
        var agent = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var villages = await db.Users.AsNoTracking().Where(u => u.Id == agent.UserId).Select(u => u.Villages).SingleOrDefaultAsync(cancellationToken);
        return new AgentProfile(agent.DisplayName, villages ?? string.Empty);
    }
}
