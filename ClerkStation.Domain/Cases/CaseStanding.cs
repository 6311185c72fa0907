namespace ClerkStation.Domain.Cases;

/// <summary>
/// What the action rules read of a case: its status, its department and who holds it. <see cref="Case.AllowedActions(CaseStanding, Staff.Actor)"/>
/// takes it from a read model that projected these three, so a list decides as the case itself does.
/// </summary>
public readonly record struct CaseStanding(CaseStatus Status, string DepartmentCode, string? ClaimedById);
