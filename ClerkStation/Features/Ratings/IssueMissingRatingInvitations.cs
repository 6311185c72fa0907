using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Ratings;

/// <summary>Catches up: every delivered case without a rating invitation gets one (at most <see cref="Limit"/> per run).</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record IssueMissingRatingInvitations(int Limit = 500) : ICommand<int>;

public sealed class IssueMissingRatingInvitationsHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock)
    : ICommandHandler<IssueMissingRatingInvitations, int>
{
    public async ValueTask<int> Handle(IssueMissingRatingInvitations command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var missing = await db.Cases
            .Where(c => c.Status == CaseStatus.Delivered && !db.ServiceRatings.Any(r => r.CaseId == c.Id))
            .OrderByDescending(c => c.AcceptedOn)
            .Take(Math.Clamp(command.Limit, 1, 5000))
            .ToListAsync(cancellationToken);
        foreach (var @case in missing)
        {
            await RatingInvitations.EnsureAsync(db, @case, clock.Now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
