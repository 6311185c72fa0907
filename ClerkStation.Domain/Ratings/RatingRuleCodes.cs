namespace ClerkStation.Domain.Ratings;

/// <summary>The stable codes of rating and rectification refusals (<see cref="Common.DomainRuleException"/>); UI resource keys.</summary>
public static class RatingRuleCodes
{
    public const string TaskNotFound = "rating.taskNotFound";
    public const string AlreadyRated = "rating.alreadyRated";
    public const string NotRatedYet = "rating.notRatedYet";
    public const string FollowUpUsed = "rating.followUpUsed";
    public const string UnknownLevel = "rating.unknownLevel";
    public const string NotAllowedInStatus = "rating.notAllowedInStatus";
    public const string RoleNotAllowed = "rating.roleNotAllowed";
    public const string TextRequired = "rating.textRequired";
    public const string CaseNotDelivered = "rating.caseNotDelivered";
}
