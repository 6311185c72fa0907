using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Intake;

/// <summary>Drops the clerk's draft: after a decision, or when they start over.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record DiscardDraft : IRequest<Unit>;

public sealed class DiscardDraftHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser) : IRequestHandler<DiscardDraft, Unit>
{
    public async ValueTask<Unit> Handle(DiscardDraft request, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.FormDrafts.Where(d => d.UserId == clerk.UserId).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
