using ClerkStation.Domain.Cases;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Api;

namespace ClerkStation.Features.Agents;

/// <summary>One agent's load: requests waiting for the counter, all requests, and the accepted cases still open.</summary>
public sealed record AgentWorkloadRow(string AgentId, string AgentName, int OpenRequests, int Requests, int OpenCases, string Villages = "");

/// <summary>A request of an agent still waiting for the counter.</summary>
public sealed record AgentOpenRequest(Guid Id, string Number, string AgentName, string TargetCode, DateTimeOffset SubmittedAt);

public sealed record AgentWorkload(IReadOnlyList<AgentWorkloadRow> Agents, IReadOnlyList<AgentOpenRequest> OpenRequests);

/// <summary>帮办代办 on /supervisor: every agent's workload, most open requests first, and the open requests, oldest first.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetAgentWorkload : IQuery<AgentWorkload>;

public sealed class GetAgentWorkloadHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetAgentWorkload, AgentWorkload>
{
    public const int OpenLimit = 200;

    public async ValueTask<AgentWorkload> Handle(GetAgentWorkload query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var requests = await db.PreApplications.AsNoTracking()
            .Where(p => p.ClientId.StartsWith(PreApplicationSender.AgentPrefix))
            .Select(p => new { p.Id, p.Number, p.ClientId, p.ClientName, p.TargetCode, p.SubmittedAt, p.Status, p.Outcome })
            .ToListAsync(cancellationToken);

        var caseOwner = requests.Where(r => r.Status == PreApplicationStatus.Accepted && r.Outcome is not null)
            .SelectMany(r => r.Outcome!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => (Number: n, r.ClientId)))
            .ToDictionary(c => c.Number, c => c.ClientId, StringComparer.Ordinal);
        var numbers = caseOwner.Keys.ToList();
        var openNumbers = await db.Cases.AsNoTracking()
            .Where(c => numbers.Contains(c.Number) && (c.Status == CaseStatus.Routed || c.Status == CaseStatus.InReview
                || c.Status == CaseStatus.SupplementRequested || c.Status == CaseStatus.Suspended || c.Status == CaseStatus.ReadyForDelivery))
            .Select(c => c.Number)
            .ToListAsync(cancellationToken);
        var openCases = openNumbers.GroupBy(n => caseOwner[n]).ToDictionary(g => g.Key, g => g.Count());

        var agentIds = requests.Select(r => r.ClientId[PreApplicationSender.AgentPrefix.Length..]).Distinct().ToList();
        var villages = await db.Users.AsNoTracking().Where(u => agentIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Villages }).ToDictionaryAsync(u => u.Id, u => u.Villages, cancellationToken);
        var agents = requests.GroupBy(r => r.ClientId)
            .Select(g => new AgentWorkloadRow(g.Key[PreApplicationSender.AgentPrefix.Length..], g.OrderByDescending(r => r.Number).First().ClientName,
                g.Count(r => r.Status == PreApplicationStatus.Submitted), g.Count(), openCases.GetValueOrDefault(g.Key),
                villages.GetValueOrDefault(g.Key[PreApplicationSender.AgentPrefix.Length..]) ?? string.Empty))
            .OrderByDescending(a => a.OpenRequests).ThenByDescending(a => a.OpenCases).ThenBy(a => a.AgentName, StringComparer.Ordinal)
            .ToList();
        var open = requests.Where(r => r.Status == PreApplicationStatus.Submitted)
            .OrderBy(r => r.Number)
            .Take(OpenLimit)
            .Select(r => new AgentOpenRequest(r.Id, r.Number, r.ClientName, r.TargetCode, r.SubmittedAt))
            .ToList();
        return new AgentWorkload(agents, open);
    }
}
