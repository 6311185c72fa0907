using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Ratings;

/// <summary>
/// After delivery (出件) the applicant is invited to rate the service: call this when a case is delivered (the delivery
/// flow does; it is idempotent) and show or print <see cref="RatingInvitation.Path"/> as a QR code.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Supervisor)]
public sealed record CreateRatingInvitation(Guid CaseId) : ICommand<RatingInvitation>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class CreateRatingInvitationHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock)
    : ICommandHandler<CreateRatingInvitation, RatingInvitation>
{
    public async ValueTask<RatingInvitation> Handle(CreateRatingInvitation command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw DomainRuleException.NotFound(CaseRuleCodes.NotFound, $"Case {command.CaseId}");
        var rating = await RatingInvitations.EnsureAsync(db, @case, clock.Now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new RatingInvitation(@case.Id, @case.Number, rating.Token);
    }
}
