using ClerkStation.Domain.Common;
using ClerkStation.Domain.Ratings;
using ClerkStation.Tests.Domain.Cases;
using static ClerkStation.Tests.Domain.Ratings.RatingTestKit;

namespace ClerkStation.Tests.Domain.Ratings;

public class ServiceRatingTests
{
    [Theory]
    [InlineData(RatingLevel.VerySatisfied, false)]
    [InlineData(RatingLevel.Satisfied, false)]
    [InlineData(RatingLevel.Basic, false)]
    [InlineData(RatingLevel.Dissatisfied, true)]
    [InlineData(RatingLevel.VeryDissatisfied, true)]
    public void Only_dissatisfied_and_very_dissatisfied_are_bad(RatingLevel level, bool bad) => Assert.Equal(bad, level.IsBad());

    [Fact]
    public void Five_levels_best_first() =>
        Assert.Equal([RatingLevel.VerySatisfied, RatingLevel.Satisfied, RatingLevel.Basic, RatingLevel.Dissatisfied, RatingLevel.VeryDissatisfied], RatingLevels.BestFirst);

    [Fact]
    public void A_service_is_rated_once_and_a_second_rating_is_refused()
    {
        var rating = Invitation();
        rating.Rate(RatingLevel.Satisfied, "  很好  ", CaseTestKit.At("2026-02-13"), CaseTestKit.D("2026-02-13"));
        Assert.Equal(RatingLevel.Satisfied, rating.Level);
        Assert.Equal("很好", rating.Comment);
        Assert.Equal(CaseTestKit.D("2026-02-13"), rating.RatedOn);

        var ex = Assert.Throws<DomainRuleException>(() => rating.Rate(RatingLevel.VeryDissatisfied, null, CaseTestKit.At("2026-02-14"), CaseTestKit.D("2026-02-14")));
        Assert.Equal(RatingRuleCodes.AlreadyRated, ex.Code);
        Assert.Equal(RatingLevel.Satisfied, rating.Level);
    }

    [Fact]
    public void An_undefined_level_is_refused()
    {
        var ex = Assert.Throws<DomainRuleException>(() => Invitation().Rate((RatingLevel)7, null, CaseTestKit.At("2026-02-13"), CaseTestKit.D("2026-02-13")));
        Assert.Equal(RatingRuleCodes.UnknownLevel, ex.Code);
    }

    [Fact]
    public void The_follow_up_rating_comes_after_the_rating_and_only_once()
    {
        var rating = Invitation();
        Assert.Equal(RatingRuleCodes.NotRatedYet,
            Assert.Throws<DomainRuleException>(() => rating.FollowUp(RatingLevel.Satisfied, null, CaseTestKit.At("2026-02-13"))).Code);

        rating.Rate(RatingLevel.Dissatisfied, null, CaseTestKit.At("2026-02-13"), CaseTestKit.D("2026-02-13"));
        rating.FollowUp(RatingLevel.Satisfied, "整改后满意", CaseTestKit.At("2026-02-26"));
        Assert.Equal(RatingLevel.Satisfied, rating.FollowUpLevel);
        Assert.Equal(RatingLevel.Dissatisfied, rating.Level); // the original stays on record

        Assert.Equal(RatingRuleCodes.FollowUpUsed,
            Assert.Throws<DomainRuleException>(() => rating.FollowUp(RatingLevel.VerySatisfied, null, CaseTestKit.At("2026-02-27"))).Code);
    }

    [Fact]
    public void A_short_token_is_refused() =>
        Assert.Throws<ArgumentException>(() => ServiceRating.Invite(Guid.NewGuid(), "N1", "X", null!, "mz", "c", "c", "short", CaseTestKit.At("2026-02-13")));
}
