using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Api;
using ClerkStation.Features.CaseFile;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.Agents;

/// <summary>A case a village agent carries: its number and where it stands.</summary>
public sealed record CarriedCase(string Number, CaseStatus Status, DateOnly? DueDate);

/// <summary>A page the agent photographed for a request (the authorization letter has no catalog name: <see cref="MaterialName"/> is null).</summary>
public sealed record CarriedPage(Guid Id, string MaterialCode, LocalizedText? MaterialName, int PageOrder, bool IsPdf);

/// <summary>One request an agent submitted for a resident, with the counter's outcome, the cases it became and the pages sent.</summary>
public sealed record AgentRequestRow(
    Guid Id, string Number, string ApplicantName, string TargetCode, LocalizedText? TargetName, DateTimeOffset SubmittedAt,
    PreApplicationStatus Status, string? Outcome, IReadOnlyList<CarriedCase> Cases)
{
    public IReadOnlyList<CarriedPage> Pages { get; init; } = [];
}

/// <summary>帮办代办: the signed-in agent's own requests, newest first; no agent sees another's.</summary>
[AllowedRoles(StaffRole.Agent)]
public sealed record GetAgentRequests : IQuery<IReadOnlyList<AgentRequestRow>>;

public sealed class GetAgentRequestsHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store)
    : IQueryHandler<GetAgentRequests, IReadOnlyList<AgentRequestRow>>
{
    public const int Limit = 100;

    public async ValueTask<IReadOnlyList<AgentRequestRow>> Handle(GetAgentRequests query, CancellationToken cancellationToken)
    {
        var agent = await currentUser.RequireAsync();
        var sender = PreApplicationSender.IdOf(agent);
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

        // The pages the agent photographed, the authorization letter first: they stay the agent's after the case is made.
        var ids = requests.Select(p => p.Id).ToList();
        var pages = (await db.Set<MaterialPage>().AsNoTracking()
                .Where(m => ids.Contains(m.SubmissionKey) && m.UploadedBy == agent.UserId)
                .Select(m => new { m.SubmissionKey, m.Id, m.MaterialCode, m.PageOrder, m.ContentType })
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.MaterialCode == AgentRequestForm.AuthorizationLetterCode ? 0 : 1).ThenBy(m => m.MaterialCode, StringComparer.Ordinal).ThenBy(m => m.PageOrder)
            .ToLookup(m => m.SubmissionKey);

        return requests.Select(p => new AgentRequestRow(
                p.Id, p.Number, p.Applicant.Name, p.TargetCode, store.FindTarget(p.TargetCode)?.Name, p.SubmittedAt, p.Status, p.Outcome,
                p.Status == PreApplicationStatus.Accepted && p.Outcome is not null
                    ? [.. CaseNumbers(p.Outcome).Where(cases.ContainsKey).Select(n => cases[n])]
                    : [])
            {
                Pages = [.. pages[p.Id].Select(m => new CarriedPage(m.Id, m.MaterialCode, MaterialName(p.TargetCode, m.MaterialCode), m.PageOrder, m.ContentType == "application/pdf"))],
            })
            .ToList();
    }

    private LocalizedText? MaterialName(string targetCode, string materialCode) =>
        store.FindTarget(targetCode)?.Materials.FirstOrDefault(m => m.Code == materialCode)?.Name;

    private static IEnumerable<string> CaseNumbers(string outcome) =>
        outcome.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
