namespace ClerkStation.Domain.Cases;

public enum CaseOutcome
{
    Approved,
    Denied,
}
