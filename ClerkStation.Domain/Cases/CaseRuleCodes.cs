using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Cases;

/// <summary>The stable codes of <see cref="DomainRuleException"/>; resource keys in the UI.</summary>
public static class CaseRuleCodes
{
    /// <summary>The case named does not exist (or is not visible to this person).</summary>
    public const string NotFound = "case.notFound";

    /// <summary>Someone saved the case between loading and saving: reload and look again.</summary>
    public const string ChangedByOther = "case.changedByOther";

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
