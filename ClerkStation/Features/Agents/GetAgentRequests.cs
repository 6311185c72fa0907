using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Agents;

/// <summary>A case a village agent carries: its number and where it stands.</summary>
public sealed record CarriedCase(string Number, CaseStatus Status, DateOnly? DueDate);

/// <summary>One request an agent submitted for a resident, with the counter's outcome and the cases it became.</summary>
public sealed record AgentRequestRow(
    Guid Id, string Number, string ApplicantName, string TargetCode, LocalizedText? TargetName, DateTimeOffset SubmittedAt,
    PreApplicationStatus Status, string? Outcome, IReadOnlyList<CarriedCase> Cases);

/// <summary>帮办代办: the signed-in agent's own requests, newest first; no agent sees another's.</summary>
[AllowedRoles(StaffRole.Agent)]
public sealed record GetAgentRequests : IQuery<IReadOnlyList<AgentRequestRow>>;

public sealed class GetAgentRequestsHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store)
    : IQueryHandler<GetAgentRequests, IReadOnlyList<AgentRequestRow>>
{
    public const int Limit = 100;

    public async ValueTask<IReadOnlyList<AgentRequestRow>> Handle(GetAgentRequests query, CancellationToken cancellationToken)
    {
        var sender = SubmitPreApplicationHandler.SenderId(await currentUser.RequireAsync());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var requests = await db.PreApplications.AsNoTracking()
            .Where(p => p.ClientId == sender)
            .OrderByDescending(p => p.Number)
            .Take(Limit)
            .ToListAsync(cancellationToken);

        // The outcome of an accepted request lists its cases' numbers ("A, B").
        var numbers = requests.Where(p => p.Status == PreApplicationStatus.Accepted && p.Outcome is not null)
            .SelectMany(p => CaseNumbers(p.Outcome!)).ToList();
        var cases = await db.Cases.AsNoTracking()
            .Where(c => numbers.Contains(c.Number))
            .Select(c => new CarriedCase(c.Number, c.Status, c.DueDate))
            .ToDictionaryAsync(c => c.Number, cancellationToken);

        return requests.Select(p => new AgentRequestRow(
                p.Id, p.Number, p.Applicant.Name, p.TargetCode, store.FindTarget(p.TargetCode)?.Name, p.SubmittedAt, p.Status, p.Outcome,
                p.Status == PreApplicationStatus.Accepted && p.Outcome is not null
                    ? [.. CaseNumbers(p.Outcome).Where(cases.ContainsKey).Select(n => cases[n])]
                    : []))
            .ToList();
    }

    private static IEnumerable<string> CaseNumbers(string outcome) =>
        outcome.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
