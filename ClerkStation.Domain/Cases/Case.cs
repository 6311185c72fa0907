using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

/// <summary>
/// One accepted application (办件) and its state machine. Every method checks the actor's role, the current status,
/// the department and the claim (in that order, in <c>Case.Actions.cs</c>), then changes state, records a <see cref="CaseEvent"/> and bumps
/// <see cref="Version"/> (the app's concurrency token). Deadlines are in working days from <see cref="WorkingDayCalendar"/>.
/// </summary>
public sealed partial class Case : AggregateRoot, ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private static readonly StaffRole[] CounterRoles = [StaffRole.Clerk, StaffRole.Trainee];
    private static readonly CaseStatus[] OpenStatuses =
        [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended];

    private readonly List<MaterialRecord> _materials = [];
    private readonly List<CaseEvent> _events = [];
    private readonly List<string> _supplementItems = [];

    // For EF Core materialization.
    private Case()
    {
    }

    public Guid Id { get; private set; }
    public string Number { get; private set; } = string.Empty;
    public string ItemCode { get; private set; } = string.Empty;
    public LocalizedText ItemName { get; private set; } = LocalizedText.Empty;
    public ItemKind ItemKind { get; private set; }
    /// <summary>The department whose back office decides the case; changes when misrouted or reassigned.</summary>
    public string DepartmentCode { get; private set; } = string.Empty;
    public CaseStatus Status { get; private set; }
    public CaseOutcome? Outcome { get; private set; }
    public Applicant Applicant { get; private set; } = null!; // set by Accept; EF fills it on load
    public string FormDataJson { get; private set; } = string.Empty;
    public IReadOnlyList<MaterialRecord> Materials => _materials;
    public Guid? BundleId { get; private set; }
    /// <summary>渠道: where the application came from (counter, online, agent, kiosk), recorded once at acceptance.</summary>
    public Channel Channel { get; private set; }

    public int PromisedDays { get; private set; }
    public int? StatutoryDays { get; private set; }

    public DateTimeOffset AcceptedAt { get; private set; }
    /// <summary>The calendar day of acceptance at the offset of the injected clock (China Standard Time in the app).</summary>
    public DateOnly AcceptedOn { get; private set; }
    public string AcceptedById { get; private set; } = string.Empty;
    public string AcceptedByName { get; private set; } = string.Empty;
    /// <summary>The counter clerk who follows the case up and hands out the result; the accepting clerk unless reassigned.</summary>
    public string AssignedClerkId { get; private set; } = string.Empty;
    public string AssignedClerkName { get; private set; } = string.Empty;
    public string? ClaimedById { get; private set; }
    public string? ClaimedByName { get; private set; }

    public DateOnly? DueDate { get; private set; }
    public DateOnly? StatutoryDueDate { get; private set; }
    /// <summary>Set while the clock is paused (补正 or special procedure).</summary>
    public DateOnly? PausedSince { get; private set; }
    /// <summary>Working days the clock has been paused so far; already added to the due dates.</summary>
    public int PausedWorkingDays { get; private set; }
    /// <summary>What the applicant still has to bring while <see cref="CaseStatus.SupplementRequested"/>.</summary>
    public IReadOnlyList<string> SupplementItems => _supplementItems;

    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public DeliveryRecord? Delivery { get; private set; }

    public IReadOnlyList<CaseEvent> Events => _events;
    public int Version { get; private set; }

    /// <summary>Not yet decided or withdrawn: the back office still owes a result.</summary>
    public bool IsOpen => IsOpenStatus(Status);

    public static bool IsOpenStatus(CaseStatus status) => OpenStatuses.Contains(status);

    public bool IsPaused => PausedSince is not null;

    // Who holds the case, for the refusals that name them.
    private Dictionary<string, string> HeldBy => new() { ["heldBy"] = ClaimedByName ?? "—" };

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string RequireReason(string? reason) =>
        Trimmed(reason) ?? throw new DomainRuleException(CaseRuleCodes.ReasonRequired, "A reason is required.");

    private static void RequireRole(Actor actor, params StaffRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!roles.Any(actor.IsIn))
        {
            throw new DomainRuleException(CaseRuleCodes.RoleNotAllowed, $"{actor.DisplayName} needs one of the roles {string.Join(", ", roles)}.");
        }
    }

    private void SetClaim(string? id, string? name)
    {
        ClaimedById = id;
        ClaimedByName = name;
    }

    private void Decide(Actor reviewer, DateTimeOffset now, CaseOutcome outcome, CaseEventType type, string? reason, string? note)
    {
        var from = Status;
        Outcome = outcome;
        DecidedAt = now;
        DecisionNote = note;
        Status = CaseStatus.ReadyForDelivery;
        Changed(reviewer, now, type, from, reason, note);
    }

    private void Changed(
        Actor actor, DateTimeOffset now, CaseEventType type, CaseStatus from, string? reason = null, string? detail = null,
        string? previousDepartment = null, string? previousClerk = null)
    {
        AddEvent(actor, now, type, from, reason, detail, previousDepartment, previousClerk);
        Version++;
    }

    // The timeline entry (persisted) and the domain event (published after the save) of one step.
    private void AddEvent(
        Actor actor, DateTimeOffset now, CaseEventType type, CaseStatus? from, string? reason, string? detail,
        string? previousDepartment = null, string? previousClerk = null)
    {
        _events.Add(new CaseEvent(Guid.CreateVersion7(now), now, actor.UserId, actor.DisplayName, type, from, Status, reason, detail));
        Raise(new CaseChanged(Id, Number, type, Status, ItemKind, DepartmentCode, AssignedClerkId, Channel,
            previousDepartment == DepartmentCode ? null : previousDepartment, previousClerk == AssignedClerkId ? null : previousClerk, ItemCode));
    }
}
