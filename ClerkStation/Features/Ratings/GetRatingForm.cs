using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Ratings;

namespace ClerkStation.Features.Ratings;

/// <summary>What the public rating page shows for a token: no personal data, only the service and what may be done.</summary>
public sealed record RatingForm(string CaseNumber, LocalizedText ItemName, RatingLevel? Level, RatingLevel? FollowUpLevel, bool CanRate, bool CanFollowUp);

/// <summary>Anonymous: the token is the only key. Null for an unknown token.</summary>
[AllowAnonymousRequest]
public sealed record GetRatingForm(string Token) : IQuery<RatingForm?>;

public sealed class GetRatingFormHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetRatingForm, RatingForm?>
{
    public async ValueTask<RatingForm?> Handle(GetRatingForm query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Token) || query.Token.Length > 64)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rating = await db.ServiceRatings.AsNoTracking().SingleOrDefaultAsync(r => r.Token == query.Token, cancellationToken);
        if (rating is null)
        {
            return null;
        }
        var task = await db.RectificationTasks.AsNoTracking().SingleOrDefaultAsync(t => t.RatingId == rating.Id, cancellationToken);
        return new RatingForm(rating.CaseNumber, rating.ItemName, rating.Level, rating.FollowUpLevel, !rating.IsRated,
            RatingFollowUp.IsOpen(rating, task));
    }
}

internal static class RatingFollowUp
{
    /// <summary>追评 is offered once, after a bad rating has been called back (追评回访), and never for an excluded rating.</summary>
    public static bool IsOpen(ServiceRating rating, RectificationTask? task) =>
        rating.IsBad && !rating.Excluded && rating.FollowUpLevel is null && task is not null
        && task.Status is not (RectificationStatus.Open or RectificationStatus.Appealed or RectificationStatus.Dismissed);
}
