using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Intake;

/// <summary>
/// Saves what the clerk has typed so far into the draft of this application (the clerk and its submission key), so a
/// closed tab or a restart loses nothing. One atomic upsert: two tabs, a reconnect or a discard racing with a save
/// cannot make it fail, and an application already decided (in this tab or another) gets no draft again.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record SaveDraft(
    Guid SubmissionKey, string TargetCode, Applicant Applicant, string FormDataJson, IReadOnlyDictionary<string, MaterialStatus> Materials)
    : IRequest<DraftSaved>;

/// <summary>What became of a draft save.</summary>
public enum DraftSaved
{
    Saved,

    /// <summary>A decision with this submission key is already recorded (e.g. in another tab); nothing was saved.</summary>
    AlreadyDecided,
}

public sealed class SaveDraftHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CenterClock clock)
    : IRequestHandler<SaveDraft, DraftSaved>
{
    public async ValueTask<DraftSaved> Handle(SaveDraft request, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var saved = await IntakeDrafts.UpsertAsync(db, new FormDraft
        {
            UserId = clerk.UserId,
            SubmissionKey = request.SubmissionKey,
            TargetCode = request.TargetCode,
            ApplicantJson = JsonSerializer.Serialize(request.Applicant),
            FormDataJson = request.FormDataJson,
            MaterialsJson = JsonSerializer.Serialize(request.Materials),
            UpdatedAt = clock.Now,
        }, cancellationToken);
        return saved ? DraftSaved.Saved : DraftSaved.AlreadyDecided;
    }
}
