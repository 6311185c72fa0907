using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Queue;

/// <summary>
/// The counter's second screen, facing the applicant (/window/{n}/customer). It is the signed-in clerk's own second tab
/// (docs/adr 0016): it shows only that clerk's visits at that window, so nobody else's screen, and no other role, sees them.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetCustomerScreen(int Window) : IQuery<CustomerScreen>;

public enum CustomerScreenState
{
    /// <summary>Nobody is being served: a welcome.</summary>
    Idle,
    Serving,

    /// <summary>The visit has just finished: the applicant rates it (一次一评).</summary>
    Rating,

    /// <summary>The rating was given: thanks, until the next call or a short while.</summary>
    Rated,
}

public sealed record CustomerScreen(
    int Window, string ClerkName, string StaffNumber, CustomerScreenState State, string? TicketNumber,
    IReadOnlyList<VisitItem> Items, string? RatingToken, RatingLevel? Level);

public sealed class GetCustomerScreenHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser user, CenterClock clock, QueueSettings settings)
    : IQueryHandler<GetCustomerScreen, CustomerScreen>
{
    /// <summary>How long after the end of a visit its rating is offered on the screen (the link in it stays valid).</summary>
    public static readonly TimeSpan RatingOpen = TimeSpan.FromMinutes(10);

    /// <summary>How long the thanks stay before the welcome returns.</summary>
    public static readonly TimeSpan ThanksShown = TimeSpan.FromMinutes(2);

    public async ValueTask<CustomerScreen> Handle(GetCustomerScreen query, CancellationToken cancellationToken)
    {
        var window = settings.Window(query.Window);
        var clerk = await user.RequireAsync();
        var now = clock.Now;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var staffNumber = await db.Users.AsNoTracking().Where(u => u.Id == clerk.UserId).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken);
        // A clerk's visits of one day at one window are few; SQLite cannot order by a DateTimeOffset, so the last is picked here.
        var visit = (await db.Visits.AsNoTracking()
            .Where(v => v.ClerkId == clerk.UserId && v.Window == window.Number && v.Day == clock.Today)
            .ToListAsync(cancellationToken)).MaxBy(v => v.StartedAt);
        var screen = new CustomerScreen(window.Number, clerk.DisplayName, staffNumber ?? string.Empty, CustomerScreenState.Idle, null, [], null, null);
        if (visit is null || visit.Outcome is VisitOutcome.Missed or VisitOutcome.Transferred)
        {
            return screen;
        }

        var items = await VisitItems.OfAsync(db, visit.Id, cancellationToken);
        if (visit.EndedAt is null)
        {
            return screen with { State = CustomerScreenState.Serving, TicketNumber = visit.TicketNumber, Items = items };
        }

        var rating = await db.ServiceRatings.AsNoTracking().FirstOrDefaultAsync(r => r.VisitId == visit.Id, cancellationToken);
        return rating switch
        {
            { RatedAt: { } ratedAt } when now - ratedAt <= ThanksShown =>
                screen with { State = CustomerScreenState.Rated, TicketNumber = visit.TicketNumber, Items = items, Level = rating.Level },
            { IsRated: false } when now - visit.EndedAt <= RatingOpen =>
                screen with { State = CustomerScreenState.Rating, TicketNumber = visit.TicketNumber, Items = items, RatingToken = rating.Token },
            _ => screen,
        };
    }
}
