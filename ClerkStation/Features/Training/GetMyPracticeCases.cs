using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>One practice case of the trainee's; <c>Allowed</c> is what they may do to it (the case's own rules).</summary>
public sealed record PracticeCaseRow(Guid Id, string Number, string ItemCode, LocalizedText ItemName, CaseStatus Status, string ApplicantName,
    IReadOnlyList<string> SupplementItems, string? DecisionNote, DateTimeOffset AcceptedAt, string ApplicantIdNumber, IReadOnlySet<CaseAction> Allowed);

/// <summary>
/// The trainee's own practice cases, to follow them through the simulated back office to delivery. The supplement and
/// the delivery are the counter's own commands (<c>RecordCaseSupplement</c>, <c>DeliverCase</c>) in the practice workspace.
/// </summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk, StaffRole.Trainer)]
public sealed record GetMyPracticeCases : IQuery<IReadOnlyList<PracticeCaseRow>>;

public sealed class GetMyPracticeCasesHandler(Workspace workspace, IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser)
    : IQueryHandler<GetMyPracticeCases, IReadOnlyList<PracticeCaseRow>>
{
    public async ValueTask<IReadOnlyList<PracticeCaseRow>> Handle(GetMyPracticeCases query, CancellationToken cancellationToken)
    {
        if (!workspace.IsPractice)
        {
            return [];
        }

        var me = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.AssignedClerkId == me.UserId).ToListAsync(cancellationToken);
        return [.. cases.OrderByDescending(c => c.AcceptedAt).Take(30)
            .Select(c => new PracticeCaseRow(c.Id, c.Number, c.ItemCode, c.ItemName, c.Status, c.Applicant.Name, c.SupplementItems, c.DecisionNote, c.AcceptedAt, c.Applicant.IdNumber,
                c.AllowedActions(me)))];
    }
}
