using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Complaints;

/// <summary>
/// "Couldn't get it done" (办不成事反映): an applicant reports at the counter that something could not be done. Recorded
/// by a clerk or the supervisor, assigned by the supervisor to someone who follows it up, resolved, closed; every step timed.
/// </summary>
public sealed class Complaint : AggregateRoot, ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private Complaint()
    {
    }

    public Guid Id { get; private set; }
    public string ApplicantName { get; private set; } = string.Empty;
    public string? ApplicantPhone { get; private set; }
    public string? ItemCode { get; private set; }
    public string? DepartmentCode { get; private set; }
    public string Description { get; private set; } = string.Empty;
    public ComplaintStatus Status { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
    public DateOnly RecordedOn { get; private set; }
    public string RecordedByName { get; private set; } = string.Empty;

    public string? AssignedToName { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }

    public string? Resolution { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedByName { get; private set; }

    public static Complaint Record(
        Actor recorder, DateTimeOffset now, DateOnly today, string applicantName, string? applicantPhone, string? itemCode, string? departmentCode, string description)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        if (!(recorder.IsIn(StaffRole.Clerk) || recorder.IsIn(StaffRole.Supervisor)))
        {
            throw new DomainRuleException(ComplaintRuleCodes.RoleNotAllowed, "Complaints are recorded at the counter or by the supervisor.");
        }

        var complaint = new Complaint
        {
            Id = Guid.CreateVersion7(now),
            ApplicantName = Required(applicantName),
            ApplicantPhone = Optional(applicantPhone),
            ItemCode = Optional(itemCode),
            DepartmentCode = Optional(departmentCode),
            Description = Required(description),
            Status = ComplaintStatus.Recorded,
            RecordedAt = now,
            RecordedOn = today,
            RecordedByName = recorder.DisplayName,
        };
        complaint.Raise(new ComplaintChanged(complaint.Id, complaint.Status));
        return complaint;
    }

    /// <summary>Assigning again (someone else takes it over) is allowed until it is resolved.</summary>
    public void Assign(Actor supervisor, DateTimeOffset now, string assigneeName)
    {
        Require(ComplaintAction.Assign, supervisor);
        AssignedToName = Required(assigneeName);
        AssignedAt = now;
        Status = ComplaintStatus.Assigned;
        Raise(new ComplaintChanged(Id, Status));
    }

    public void Resolve(Actor supervisor, DateTimeOffset now, string resolution)
    {
        Require(ComplaintAction.Resolve, supervisor);
        Resolution = Required(resolution);
        ResolvedAt = now;
        Status = ComplaintStatus.Resolved;
        Raise(new ComplaintChanged(Id, Status));
    }

    public void Close(Actor supervisor, DateTimeOffset now)
    {
        Require(ComplaintAction.Close, supervisor);
        ClosedAt = now;
        ClosedByName = supervisor.DisplayName;
        Status = ComplaintStatus.Closed;
        Raise(new ComplaintChanged(Id, Status));
    }

    /// <summary>From recording to resolution, or so far.</summary>
    public TimeSpan Elapsed(DateTimeOffset now) => (ResolvedAt ?? now) - RecordedAt;

    /// <summary>The steps <paramref name="actor"/> may take now; the supervisor's list offers exactly these.</summary>
    public IReadOnlySet<ComplaintAction> AllowedActions(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ActionRules.Allowed<ComplaintAction>(action => Refusal(action, actor));
    }

    private void Require(ComplaintAction action, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Refusal(action, actor) is { } code)
        {
            throw new DomainRuleException(code, $"{actor.DisplayName} may not {action} the complaint while it is {Status}.");
        }
    }

    // Assigning again (someone else takes it over) is allowed until it is resolved.
    private string? Refusal(ComplaintAction action, Actor actor) =>
        !actor.IsIn(StaffRole.Supervisor) ? ComplaintRuleCodes.RoleNotAllowed
        : (action switch
        {
            ComplaintAction.Assign => Status is ComplaintStatus.Recorded or ComplaintStatus.Assigned,
            ComplaintAction.Resolve => Status == ComplaintStatus.Assigned,
            ComplaintAction.Close => Status == ComplaintStatus.Resolved,
            _ => false,
        }) ? null : ComplaintRuleCodes.NotAllowedInStatus;

    private static string Required(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainRuleException(ComplaintRuleCodes.TextRequired, "Required text is missing.") : text.Trim();

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
