namespace ClerkStation.Features.Ratings;

/// <summary>The rating link of a delivered case, for the delivery receipt's QR code (null before delivery).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee, StaffRole.Supervisor)]
public sealed record GetRatingInvitation(string Number) : IQuery<RatingInvitation?>;

public sealed class GetRatingInvitationHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetRatingInvitation, RatingInvitation?>
{
    public async ValueTask<RatingInvitation?> Handle(GetRatingInvitation query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rating = await db.ServiceRatings.AsNoTracking().FirstOrDefaultAsync(r => r.CaseNumber == query.Number && r.CaseId != null, cancellationToken);
        return rating is null ? null : new RatingInvitation(rating.CaseId!.Value, rating.CaseNumber, rating.Token);
    }
}
