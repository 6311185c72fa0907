namespace ClerkStation.Features.BackOffice;

/// <summary>The buttons of the review page.</summary>
public enum ReviewAction
{
    Claim,
    Release,
    Approve,
    Deny,
    Supplement,
    Suspend,
    Resume,
    Return,
}
