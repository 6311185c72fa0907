namespace ClerkStation.Domain.Ratings;

/// <summary>A rating, rectification or complaint operation is not allowed; <see cref="Code"/> is a stable UI resource key.</summary>
public sealed class RatingRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

public static class RatingRuleCodes
{
    public const string AlreadyRated = "rating.alreadyRated";
    public const string NotRatedYet = "rating.notRatedYet";
    public const string FollowUpUsed = "rating.followUpUsed";
    public const string UnknownLevel = "rating.unknownLevel";
    public const string NotAllowedInStatus = "rating.notAllowedInStatus";
    public const string RoleNotAllowed = "rating.roleNotAllowed";
    public const string TextRequired = "rating.textRequired";
    public const string CaseNotDelivered = "rating.caseNotDelivered";
}
