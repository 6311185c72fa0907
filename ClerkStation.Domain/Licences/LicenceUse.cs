namespace ClerkStation.Domain.Licences;

/// <summary>One use of a licence instead of paper: which licence replaced which material of which case, by whom, when.</summary>
public sealed record LicenceUse(Guid Id, Guid LicenceId, Guid CaseId, string CaseNumber, string MaterialCode, string ClerkId, string ClerkName, DateTimeOffset At);
