namespace ClerkStation.Domain.Complaints;

/// <summary>The stable codes of complaint refusals (<see cref="Common.DomainRuleException"/>); UI resource keys.</summary>
public static class ComplaintRuleCodes
{
    public const string NotFound = "complaint.notFound";
    public const string NotAllowedInStatus = "complaint.notAllowedInStatus";
    public const string RoleNotAllowed = "complaint.roleNotAllowed";
    public const string TextRequired = "complaint.textRequired";
}
