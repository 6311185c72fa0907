using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Commands;
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
    IDbContextFactory<ClerkDbContext> dbFactory, AggregateCommands commands, CenterClock clock, CalendarService calendars, IOptions<RatingOptions> options)
    : ICommandHandler<SubmitRating, RatingSubmitted>
{
    public async ValueTask<RatingSubmitted> Handle(SubmitRating command, CancellationToken cancellationToken)
    {
        // A signed-out rater: the day is the rated center's.
        var party = new CommandParty(CommandParty.Nobody, clock.For(await CenterOfAsync(command.Token, cancellationToken)));
        var caseNumber = string.Empty;
        try
        {
            return await commands.RunAsync(party, async rate =>
            {
                var rating = await rate.Db.ServiceRatings.SingleOrDefaultAsync(r => r.Token == command.Token, cancellationToken)
                    ?? throw new AccessDeniedException(nameof(SubmitRating), "unknown rating token");
                caseNumber = rating.CaseNumber;
                if (command.FollowUp)
                {
                    var task = await rate.Db.RectificationTasks.AsNoTracking().SingleOrDefaultAsync(t => t.RatingId == rating.Id, cancellationToken);
                    if (rating.FollowUpLevel is null && !RatingFollowUp.IsOpen(rating, task))
                    {
                        throw new DomainRuleException(RatingRuleCodes.NotAllowedInStatus, "A follow-up rating is possible after the callback of a bad rating.");
                    }
                    rating.FollowUp(command.Level, command.Comment, rate.Now);
                    return RatingSubmitted.FollowUpRecorded;
                }

                rating.Rate(command.Level, command.Comment, rate.Now, rate.Today);
                if (!rating.IsBad)
                {
                    return RatingSubmitted.Rated;
                }
                rate.Db.RectificationTasks.Add(RectificationTask.Open(rating, rate.Now, rate.Today, calendars.Current, options.Value.Policy));
                return RatingSubmitted.RatedBadTaskOpened;
            }, cancellationToken); // the floor hears the rating and any task it opened
        }
        catch (DbUpdateException)
        {
            // Two tabs submitting at once: the unique task index lets only one through.
            throw new DomainRuleException(RatingRuleCodes.AlreadyRated, $"Case {caseNumber} has already been rated.");
        }
    }

    private async Task<int> CenterOfAsync(string token, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceRatings.Where(r => r.Token == token).Select(r => (int?)r.CenterId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new AccessDeniedException(nameof(SubmitRating), "unknown rating token");
    }
}
