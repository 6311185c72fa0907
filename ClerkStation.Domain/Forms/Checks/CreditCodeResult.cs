namespace ClerkStation.Domain.Forms.Checks;

/// <summary>
/// Outcome of <see cref="UnifiedCreditCode.Validate"/>. <see cref="OrganizationCodeWarning"/> flags a failed GB 11714
/// inner check: shown to the clerk, never a rejection, because some legacy and sole-trader codes fail it.
/// </summary>
public sealed record CreditCodeResult(string? Normalized, string? ErrorCode, bool OrganizationCodeWarning)
{
    public bool IsValid => ErrorCode is null;
}
