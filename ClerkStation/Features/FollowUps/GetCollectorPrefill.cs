using ClerkStation.Features.BackOffice;

namespace ClerkStation.Features.FollowUps;

/// <summary>Who usually collects a result: the applicant, by name and full resident ID (an enterprise: its agent, left blank).</summary>
public sealed record CollectorPrefill(string Name, string IdNumber);

/// <summary>
/// The delivery dialog's starting values, so the clerk compares the collector's card instead of typing 18 digits.
/// Only the clerk the case is assigned to gets them, and the view is recorded like the review page's.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetCollectorPrefill(string Number) : IQuery<CollectorPrefill?>;

public sealed class GetCollectorPrefillHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, TimeProvider time)
    : IQueryHandler<GetCollectorPrefill, CollectorPrefill?>
{
    public async ValueTask<CollectorPrefill?> Handle(GetCollectorPrefill query, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Number == query.Number && c.AssignedClerkId == clerk.UserId, cancellationToken);
        if (@case is null || @case.Applicant.Kind != Domain.Catalog.ApplicantKind.Person)
        {
            return null;
        }

        AuditTrail.Add(db, clerk, RecordCaseView.ViewPersonalData, @case.Number, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new CollectorPrefill(@case.Applicant.Name, @case.Applicant.IdNumber);
    }
}
