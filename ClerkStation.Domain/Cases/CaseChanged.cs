using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Cases;

/// <summary>
/// A case took one step (<see cref="Type"/> as on its timeline): accepted, claimed, decided, delivered, reassigned …
/// <see cref="PreviousDepartmentCode"/> and <see cref="PreviousClerkId"/> are set when the step moved the case away from
/// them, so the screens that showed it there update too.
/// </summary>
public sealed record CaseChanged(
    Guid CaseId,
    string Number,
    CaseEventType Type,
    CaseStatus Status,
    ItemKind Kind,
    string DepartmentCode,
    string AssignedClerkId,
    string? PreviousDepartmentCode = null,
    string? PreviousClerkId = null,
    string? ItemCode = null) : IDomainEvent;
