using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Common;
using ClerkStation.Infrastructure.Commands;

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

public sealed class CreateRatingInvitationHandler(AggregateCommands commands)
    : ICommandHandler<CreateRatingInvitation, RatingInvitation>
{
    public async ValueTask<RatingInvitation> Handle(CreateRatingInvitation command, CancellationToken cancellationToken) =>
        await commands.RunAsync(async cmd =>
        {
            var @case = await cmd.Db.Cases.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
                ?? throw DomainRuleException.NotFound(CaseRuleCodes.NotFound, $"Case {command.CaseId}");
            var rating = await RatingInvitations.EnsureAsync(cmd.Db, @case, cmd.Now, cancellationToken);
            return new RatingInvitation(@case.Id, @case.Number, rating.Token);
        }, cancellationToken);
}
