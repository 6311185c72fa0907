using ClerkStation.Domain.Catalog;
using Mediator;

namespace ClerkStation.Features.Intake;

/// <summary>Published after a case is saved: its department's queue and the boards update live.</summary>
public sealed record CaseAccepted(Guid CaseId, string Number, string DepartmentCode, ItemKind Kind) : INotification;
