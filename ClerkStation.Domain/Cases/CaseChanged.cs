using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Domain.Cases;

/// <summary>
/// A case took one step (<see cref="Type"/> as on its timeline): accepted, claimed, decided, delivered, reassigned …
/// <see cref="PreviousDepartmentCode"/> and <see cref="PreviousClerkId"/> are set when the step moved the case away from
/// them, so the screens that showed it there update too. <see cref="Channel"/> is where the application came from, so
/// handlers that only concern one channel (the village agent's notices) need not read the case.
/// </summary>
public sealed record CaseChanged(
    Guid CaseId,
    string Number,
    CaseEventType Type,
    CaseStatus Status,
    ItemKind Kind,
    string DepartmentCode,
    string AssignedClerkId,
    Channel Channel,
    string? PreviousDepartmentCode = null,
    string? PreviousClerkId = null,
    string? ItemCode = null) : IDomainEvent;
