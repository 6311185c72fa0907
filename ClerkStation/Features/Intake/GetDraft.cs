using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Intake;

/// <summary>The signed-in clerk's unfinished intake, if any (only ever their own).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetDraft : IQuery<IntakeDraftData?>;

public sealed class GetDraftHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser) : IQueryHandler<GetDraft, IntakeDraftData?>
{
    public async ValueTask<IntakeDraftData?> Handle(GetDraft query, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.FormDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.UserId == clerk.UserId, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var applicant = JsonSerializer.Deserialize<Applicant>(draft.ApplicantJson)!;
        var materials = JsonSerializer.Deserialize<Dictionary<string, MaterialStatus>>(draft.MaterialsJson) ?? [];
        return new IntakeDraftData(draft.TargetCode, applicant, draft.FormDataJson, materials, draft.UpdatedAt);
    }
}
