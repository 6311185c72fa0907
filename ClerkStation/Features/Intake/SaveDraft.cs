using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Intake;

/// <summary>Saves what the clerk has typed so far (their one draft), so a closed tab or a restart loses nothing.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record SaveDraft(string TargetCode, Applicant Applicant, string FormDataJson, IReadOnlyDictionary<string, MaterialStatus> Materials)
    : IRequest<Unit>;

public sealed class SaveDraftHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CenterClock clock)
    : IRequestHandler<SaveDraft, Unit>
{
    public async ValueTask<Unit> Handle(SaveDraft request, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.FormDrafts.FindAsync([clerk.UserId], cancellationToken);
        if (draft is null)
        {
            draft = new FormDraft { UserId = clerk.UserId };
            db.FormDrafts.Add(draft);
        }

        draft.TargetCode = request.TargetCode;
        draft.ApplicantJson = JsonSerializer.Serialize(request.Applicant);
        draft.FormDataJson = request.FormDataJson;
        draft.MaterialsJson = JsonSerializer.Serialize(request.Materials);
        draft.UpdatedAt = clock.Now;
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
