using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Intake;

/// <summary>
/// A recorded one-time notice or refusal. Both are written, dated receipts the applicant takes home (行政许可法 art. 32);
/// neither creates a case.
/// </summary>
public sealed class IntakeDecision : ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private static readonly StaffRole[] CounterRoles = [StaffRole.Clerk, StaffRole.Trainee];
    private readonly List<NoticeLine> _lines = [];

    private IntakeDecision()
    {
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = string.Empty;
    public IntakeDecisionKind Kind { get; private set; }
    /// <summary>The item or bundle applied for.</summary>
    public string TargetCode { get; private set; } = string.Empty;
    public LocalizedText TargetName { get; private set; } = LocalizedText.Empty;
    public string DepartmentCode { get; private set; } = string.Empty;
    public Applicant Applicant { get; private set; } = null!;
    public IReadOnlyList<NoticeLine> Lines => _lines;
    public string? Reason { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DateOnly Day { get; private set; }
    public string ClerkId { get; private set; } = string.Empty;
    public string ClerkName { get; private set; } = string.Empty;

    /// <summary>一次性告知: at least one line; the notice is complete, so nothing may be asked later that is not on it.</summary>
    public static IntakeDecision IssueOneTimeNotice(
        string number, string targetCode, LocalizedText targetName, string departmentCode, Applicant applicant,
        IReadOnlyList<NoticeLine> lines, string? note, Actor clerk, DateTimeOffset now, DateOnly today)
    {
        if (lines.Count == 0)
        {
            throw new DomainRuleException(IntakeRuleCodes.NothingMissing, "A one-time notice must list at least one missing material or field.");
        }

        var decision = Create(IntakeDecisionKind.OneTimeNotice, number, targetCode, targetName, departmentCode, applicant, clerk, now, today);
        decision._lines.AddRange(lines);
        decision.Reason = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return decision;
    }

    /// <summary>不予受理: the reason is required and printed on the notice.</summary>
    public static IntakeDecision Refuse(
        string number, string targetCode, LocalizedText targetName, string departmentCode, Applicant applicant,
        string reason, Actor clerk, DateTimeOffset now, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException(CaseRuleCodes.ReasonRequired, "A refusal needs a reason.");
        }

        var decision = Create(IntakeDecisionKind.Refusal, number, targetCode, targetName, departmentCode, applicant, clerk, now, today);
        decision.Reason = reason.Trim();
        return decision;
    }

    private static IntakeDecision Create(
        IntakeDecisionKind kind, string number, string targetCode, LocalizedText targetName, string departmentCode,
        Applicant applicant, Actor clerk, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(clerk);
        if (!CounterRoles.Any(clerk.IsIn))
        {
            throw new DomainRuleException(CaseRuleCodes.RoleNotAllowed, "Only counter staff record intake decisions.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetCode);
        return new IntakeDecision
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            Kind = kind,
            TargetCode = targetCode,
            TargetName = targetName,
            DepartmentCode = departmentCode,
            Applicant = applicant,
            At = now,
            Day = today,
            ClerkId = clerk.UserId,
            ClerkName = clerk.DisplayName,
        };
    }
}
