using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Ratings;

public enum RatingSubmitted
{
    Rated,
    RatedBadTaskOpened,
    FollowUpRecorded,
}

/// <summary>
/// Anonymous, by token: the applicant's one rating of the service (一次一评), or with <see cref="FollowUp"/> their one
/// 追评. A second rating is refused (<see cref="RatingRuleCodes.AlreadyRated"/>). A bad rating opens a rectification
/// task with its callback and fix deadlines.
/// </summary>
[AllowAnonymousRequest]
public sealed record SubmitRating(string Token, RatingLevel Level, string? Comment, bool FollowUp = false) : ICommand<RatingSubmitted>;

public sealed class SubmitRatingValidator : IRequestValidator<SubmitRating>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SubmitRating message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (!RatingLevels.IsDefined(message.Level))
        {
            problems.Add(new ValidationProblem("level", RatingRuleCodes.UnknownLevel));
        }
        if (message.Comment is { Length: > 1000 })
        {
            problems.Add(new ValidationProblem("comment", "tooLong"));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class SubmitRatingHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, CalendarService calendars, IOptions<RatingOptions> options, DomainEventDispatcher events)
    : ICommandHandler<SubmitRating, RatingSubmitted>
{
    public async ValueTask<RatingSubmitted> Handle(SubmitRating command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rating = await db.ServiceRatings.SingleOrDefaultAsync(r => r.Token == command.Token, cancellationToken)
            ?? throw new AccessDeniedException(nameof(SubmitRating), "unknown rating token");
        var now = clock.For(rating.CenterId).Now; // a signed-out rater: the day is the rated center's
        var today = DateOnly.FromDateTime(now.DateTime);
        RatingSubmitted result;
        if (command.FollowUp)
        {
            var task = await db.RectificationTasks.AsNoTracking().SingleOrDefaultAsync(t => t.RatingId == rating.Id, cancellationToken);
            if (rating.FollowUpLevel is null && !RatingFollowUp.IsOpen(rating, task))
            {
                throw new DomainRuleException(RatingRuleCodes.NotAllowedInStatus, "A follow-up rating is possible after the callback of a bad rating.");
            }
            rating.FollowUp(command.Level, command.Comment, now);
            result = RatingSubmitted.FollowUpRecorded;
        }
        else
        {
            rating.Rate(command.Level, command.Comment, now, today);
            result = RatingSubmitted.Rated;
            if (rating.IsBad)
            {
                db.RectificationTasks.Add(RectificationTask.Open(rating, now, today, calendars.Current, options.Value.Policy));
                result = RatingSubmitted.RatedBadTaskOpened;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two tabs submitting at once: the unique task index lets only one through.
            throw new DomainRuleException(RatingRuleCodes.AlreadyRated, $"Case {rating.CaseNumber} has already been rated.");
        }
        await events.DispatchAsync(db, cancellationToken); // the floor hears the rating and any task it opened
        return result;
    }
}
