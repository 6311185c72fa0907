namespace ClerkStation.Domain.Ratings;

/// <summary>好差评 five levels; the numeric value is the score (5 best). 不满意 and 非常不满意 count as 差评.</summary>
public enum RatingLevel
{
    VeryDissatisfied = 1,
    Dissatisfied = 2,
    Basic = 3,
    Satisfied = 4,
    VerySatisfied = 5,
}

public static class RatingLevels
{
    /// <summary>Best first, the order the applicant sees them.</summary>
    public static IReadOnlyList<RatingLevel> BestFirst { get; } =
        [RatingLevel.VerySatisfied, RatingLevel.Satisfied, RatingLevel.Basic, RatingLevel.Dissatisfied, RatingLevel.VeryDissatisfied];

    /// <summary>差评 in the Zhejiang system: 不满意 and 非常不满意.</summary>
    public static bool IsBad(this RatingLevel level) => level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied;

    public static bool IsDefined(RatingLevel level) => Enum.IsDefined(level);
}
