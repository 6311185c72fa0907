using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Features.Intake;

/// <summary>One case created by an acceptance (a bundle creates one per part).</summary>
public sealed record AcceptedCase(Guid Id, string Number, string ItemCode, LocalizedText ItemName, ItemKind Kind, string DepartmentCode, CaseStatus Status, DateOnly? DueDate);

/// <summary>What the counter did with one application: the cases accepted, or the notice or refusal recorded.</summary>
public sealed record IntakeOutcome(IReadOnlyList<AcceptedCase> Cases, Guid? BundleId, Guid? DecisionId, string? DecisionNumber, IntakeDecisionKind? DecisionKind)
{
    /// <summary>The cases just accepted for one application.</summary>
    public static IntakeOutcome Accepted(IReadOnlyList<Case> cases) => new(
        cases.Select(c => new AcceptedCase(c.Id, c.Number, c.ItemCode, c.ItemName, c.ItemKind, c.DepartmentCode, c.Status, c.DueDate)).ToList(),
        cases.Count > 0 ? cases[0].BundleId : null, null, null, null);
}
