using System.Text.Json;
using ClerkStation.Domain.Cases;

namespace ClerkStation.Features.Intake;

/// <summary>
/// The signed-in clerk's unfinished intakes (only ever their own), latest first: one per application, so a second tab
/// or a crashed one shows up here too.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetDrafts(int Max = 5) : IQuery<IReadOnlyList<IntakeDraftData>>;

public sealed class GetDraftsHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser)
    : IQueryHandler<GetDrafts, IReadOnlyList<IntakeDraftData>>
{
    public async ValueTask<IReadOnlyList<IntakeDraftData>> Handle(GetDrafts query, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var drafts = await db.FormDrafts.AsNoTracking().Where(d => d.UserId == clerk.UserId).ToListAsync(cancellationToken);
        // SQLite cannot order by DateTimeOffset; a clerk has a handful of drafts at most.
        return [.. drafts.OrderByDescending(d => d.UpdatedAt).Take(Math.Max(1, query.Max)).Select(draft => new IntakeDraftData(
            draft.SubmissionKey,
            draft.TargetCode,
            JsonSerializer.Deserialize<Applicant>(draft.ApplicantJson)!,
            draft.FormDataJson,
            JsonSerializer.Deserialize<Dictionary<string, MaterialStatus>>(draft.MaterialsJson) ?? [],
            draft.UpdatedAt))];
    }
}
