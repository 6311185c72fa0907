using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Features.Supervisor;

/// <summary>Counts of one person or department today.</summary>
public sealed record FloorCount(string Key, string Name, int Accepted, int Instant, int Completed, int Refused, int Notices);

/// <summary>Open cases of one department by status.</summary>
public sealed record QueueCount(string DepartmentCode, int Routed, int InReview, int Supplement, int Suspended)
{
    public int Total => Routed + InReview + Supplement + Suspended;
}

/// <summary>Who holds how much: open cases claimed by a reviewer, or cases a clerk follows up (open or ready for delivery).</summary>
public sealed record Workload(string PersonId, string Name, int Open, int ReadyForDelivery);

/// <summary>An open case on the overdue / due-soon board.</summary>
public sealed record RiskRow(
    Guid Id, string Number, string ItemCode, LocalizedText ItemName, string DepartmentCode, CaseStatus Status, DateOnly? DueDate,
    int? RemainingWorkingDays, DeadlineLight Light, string? ClaimedById, string? ClaimedByName, string AssignedClerkId, string AssignedClerkName);

public sealed record FloorSnapshot(
    DateOnly Today,
    FloorCount Totals,
    IReadOnlyList<FloorCount> ByClerk,
    IReadOnlyList<FloorCount> ByDepartment,
    IReadOnlyList<QueueCount> Queues,
    IReadOnlyList<RiskRow> Overdue,
    IReadOnlyList<RiskRow> DueSoon,
    IReadOnlyList<Workload> Clerks,
    IReadOnlyList<Workload> Reviewers,
    int OpenRectifications,
    int OverdueRectifications,
    int OpenComplaints);
