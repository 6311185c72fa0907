namespace ClerkStation.Domain.Cases;

/// <summary>The stable codes of <see cref="CaseRuleException"/>; resource keys in the UI.</summary>
public static class CaseRuleCodes
{
    public const string NotAllowedInStatus = "case.notAllowedInStatus";
    public const string RoleNotAllowed = "case.roleNotAllowed";
    public const string NotYourDepartment = "case.notYourDepartment";
    public const string ClaimedByOther = "case.claimedByOther";
    public const string NotClaimedByYou = "case.notClaimedByYou";
    public const string ReasonRequired = "case.reasonRequired";
    public const string SupplementItemsRequired = "case.supplementItemsRequired";
    public const string TargetRequired = "case.targetRequired";
    public const string CollectorRequired = "case.collectorRequired";
    public const string TrackingRequired = "case.trackingRequired";

    public static IReadOnlyList<string> All { get; } =
    [
        NotAllowedInStatus, RoleNotAllowed, NotYourDepartment, ClaimedByOther, NotClaimedByYou, ReasonRequired,
        SupplementItemsRequired, TargetRequired, CollectorRequired, TrackingRequired,
    ];
}
