namespace ClerkStation.Features.Intake;

/// <summary>Drops one of the clerk's drafts (by its application's submission key) when they start over or discard it.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record DiscardDraft(Guid SubmissionKey) : IRequest<Unit>;

public sealed class DiscardDraftHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser) : IRequestHandler<DiscardDraft, Unit>
{
    public async ValueTask<Unit> Handle(DiscardDraft request, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await IntakeDrafts.DeleteAsync(db, clerk.UserId, request.SubmissionKey, cancellationToken);
        return Unit.Value;
    }
}
