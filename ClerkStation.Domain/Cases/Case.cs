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

    /// <summary>受理: instant items are completed on the spot; promised items are routed to the department with due dates.</summary>
    public static Case Accept(AcceptCase input, Actor clerk, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(clerk);
        ArgumentNullException.ThrowIfNull(calendar);
        RequireRole(clerk, CounterRoles);
        return Create(input, clerk, now, calendar);
    }

    /// <summary>
    /// 免核原件: an online channel (an API client or a village agent) files an application for an item the catalog accepts without the counter
    /// seeing originals; it is accepted at once, exactly as at the counter (routed, due dates), with its channel recorded.
    /// </summary>
    public static Case AcceptFromChannel(AcceptCase input, Actor client, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(calendar);
        RequireRole(client, StaffRole.ApiClient, StaffRole.Agent);
        if (input.Channel == Channel.Counter)
        {
            throw new DomainRuleException(CaseRuleCodes.RoleNotAllowed, "An application from the counter is accepted by a clerk.");
        }

        return Create(input, client, now, calendar);
    }

    private static Case Create(AcceptCase input, Actor clerk, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        Validate(input);

        var today = DayOf(now);
        var @case = new Case
        {
            Id = Guid.CreateVersion7(now),
            Number = input.Number,
            ItemCode = input.ItemCode,
            ItemName = input.ItemName,
            ItemKind = input.ItemKind,
            DepartmentCode = input.DepartmentCode,
            Applicant = input.Applicant,
            FormDataJson = input.FormDataJson,
            BundleId = input.BundleId,
            Channel = input.Channel,
            PromisedDays = input.PromisedDays,
            StatutoryDays = input.StatutoryDays,
            AcceptedAt = now,
            AcceptedOn = today,
            AcceptedById = clerk.UserId,
            AcceptedByName = clerk.DisplayName,
            AssignedClerkId = clerk.UserId,
            AssignedClerkName = clerk.DisplayName,
            Version = 1,
        };
        @case._materials.AddRange(input.Materials);

        if (input.ItemKind == ItemKind.Instant)
        {
            @case.Status = CaseStatus.ReadyForDelivery;
            @case.Outcome = CaseOutcome.Approved;
            @case.DecidedAt = now;
            @case.AddEvent(clerk, now, CaseEventType.Accepted, null, null, null);
            @case.AddEvent(clerk, now, CaseEventType.Completed, null, null, null);
        }
        else
        {
            @case.Status = CaseStatus.Routed;
            @case.ComputeDueDates(calendar);
            // Details are data (a department code, a day count, a method), so the timeline can show them in any language.
            @case.AddEvent(clerk, now, CaseEventType.Accepted, null, null, input.DepartmentCode);
        }
        return @case;
    }

    /// <summary>A reviewer of the case's department takes it from the queue. Claiming one's own case again changes nothing.</summary>
    public void Claim(Actor reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (Status == CaseStatus.InReview && ClaimedById == reviewer.UserId && reviewer.IsIn(StaffRole.Reviewer) && reviewer.Serves(DepartmentCode))
        {
            return; // double click or second tab: already yours
        }
        Require(CaseAction.Claim, reviewer);

        var from = Status;
        SetClaim(reviewer.UserId, reviewer.DisplayName);
        Status = CaseStatus.InReview;
        Changed(reviewer, now, CaseEventType.Claimed, from);
    }

    /// <summary>Puts a claimed case back into the department queue.</summary>
    public void Release(Actor reviewer, DateTimeOffset now)
    {
        Require(CaseAction.Release, reviewer);
        var from = Status;
        SetClaim(null, null);
        Status = CaseStatus.Routed;
        Changed(reviewer, now, CaseEventType.Released, from);
    }

    public void Approve(Actor reviewer, DateTimeOffset now, string? note = null)
    {
        Require(CaseAction.Approve, reviewer);
        Decide(reviewer, now, CaseOutcome.Approved, CaseEventType.Approved, reason: null, Trimmed(note));
    }

    /// <summary>不予许可: the reason is printed on the decision, so it is required.</summary>
    public void Deny(Actor reviewer, DateTimeOffset now, string reason)
    {
        Require(CaseAction.Deny, reviewer);
        var why = RequireReason(reason);
        Decide(reviewer, now, CaseOutcome.Denied, CaseEventType.Denied, why, why);
    }

    /// <summary>补正: the applicant must bring more; the clock stops until the counter records the resubmission.</summary>
    public void RequestSupplement(Actor reviewer, DateTimeOffset now, IReadOnlyList<string> needed)
    {
        ArgumentNullException.ThrowIfNull(needed);
        Require(CaseAction.RequestSupplement, reviewer);
        var items = needed.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).ToList();
        if (items.Count == 0)
        {
            throw new DomainRuleException(CaseRuleCodes.SupplementItemsRequired, "List what the applicant has to supplement.");
        }

        var from = Status;
        _supplementItems.Clear();
        _supplementItems.AddRange(items);
        PausedSince = DayOf(now);
        Status = CaseStatus.SupplementRequested;
        Changed(reviewer, now, CaseEventType.SupplementRequested, from, detail: string.Join("；", items));
    }

    /// <summary>
    /// The counter records the applicant's resubmission: the clock resumes (paused working days are added to the due
    /// dates) and the case goes back to the reviewer holding it, or to the department queue.
    /// </summary>
    public void RecordSupplement(Actor clerk, DateTimeOffset now, WorkingDayCalendar calendar, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require(CaseAction.RecordSupplement, clerk);

        var from = Status;
        var paused = ResumeClock(DayOf(now), calendar);
        _supplementItems.Clear();
        Status = ClaimedById is null ? CaseStatus.Routed : CaseStatus.InReview;
        Changed(clerk, now, CaseEventType.SupplementReceived, from, Trimmed(note), paused.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Special procedure (hearing, inspection, 公示 …) outside the time limit: the clock stops.</summary>
    public void Suspend(Actor reviewer, DateTimeOffset now, string reason)
    {
        Require(CaseAction.Suspend, reviewer);
        var why = RequireReason(reason);
        var from = Status;
        PausedSince = DayOf(now);
        Status = CaseStatus.Suspended;
        Changed(reviewer, now, CaseEventType.Suspended, from, why);
    }

    /// <summary>Ends a special procedure. A suspended case left unclaimed by a reassignment is claimed by whoever resumes it.</summary>
    public void Resume(Actor reviewer, DateTimeOffset now, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Require(CaseAction.Resume, reviewer);

        var from = Status;
        var paused = ResumeClock(DayOf(now), calendar);
        SetClaim(reviewer.UserId, reviewer.DisplayName);
        Status = CaseStatus.InReview;
        Changed(reviewer, now, CaseEventType.Resumed, from, detail: paused.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The front desk routed the case to the wrong department: hand it, unclaimed, to the right one. The clock keeps running.</summary>
    public void ReturnMisrouted(Actor reviewer, DateTimeOffset now, string toDepartment, string reason)
    {
        Require(CaseAction.ReturnMisrouted, reviewer);
        var why = RequireReason(reason);
        if (string.IsNullOrWhiteSpace(toDepartment) || toDepartment.Trim() == DepartmentCode)
        {
            throw new DomainRuleException(CaseRuleCodes.TargetRequired, "Name the department the case belongs to.");
        }

        var from = Status;
        var fromDepartment = DepartmentCode;
        DepartmentCode = toDepartment.Trim();
        SetClaim(null, null);
        Status = CaseStatus.Routed;
        Changed(reviewer, now, CaseEventType.ReturnedMisrouted, from, why, $"{fromDepartment} → {DepartmentCode}", fromDepartment);
    }

    /// <summary>
    /// Supervisor moves an open case to another reviewer and/or department. With a reviewer the case is claimed by them;
    /// without one it goes unclaimed into the (new) department's queue. Paused cases stay paused.
    /// </summary>
    public void Reassign(Actor supervisor, DateTimeOffset now, string? toReviewerId, string? toReviewerName, string? toDepartment, string reason)
    {
        Require(CaseAction.Reassign, supervisor);
        var why = RequireReason(reason);
        var reviewerId = Trimmed(toReviewerId);
        var department = Trimmed(toDepartment);
        if ((reviewerId is null && department is null) || (reviewerId is not null && Trimmed(toReviewerName) is null))
        {
            throw new DomainRuleException(CaseRuleCodes.TargetRequired, "Name the reviewer (id and name) or the department to reassign to.");
        }

        var from = Status;
        var before = $"{DepartmentCode}/{ClaimedByName ?? "—"}";
        var departmentBefore = DepartmentCode;
        DepartmentCode = department ?? DepartmentCode;
        if (reviewerId is not null)
        {
            SetClaim(reviewerId, toReviewerName!.Trim());
            if (Status == CaseStatus.Routed)
            {
                Status = CaseStatus.InReview;
            }
        }
        else
        {
            SetClaim(null, null);
            if (Status == CaseStatus.InReview)
            {
                Status = CaseStatus.Routed;
            }
        }
        Changed(supervisor, now, CaseEventType.Reassigned, from, why, $"{before} → {DepartmentCode}/{ClaimedByName ?? "—"}", departmentBefore);
    }

    /// <summary>Supervisor hands the counter follow-up (and delivery) of a case to another clerk.</summary>
    public void ReassignClerk(Actor supervisor, DateTimeOffset now, string toClerkId, string toClerkName, string reason)
    {
        Require(CaseAction.ReassignClerk, supervisor);
        var why = RequireReason(reason);
        if (Trimmed(toClerkId) is null || Trimmed(toClerkName) is null)
        {
            throw new DomainRuleException(CaseRuleCodes.TargetRequired, "Name the clerk to reassign to.");
        }

        var before = AssignedClerkName;
        var clerkBefore = AssignedClerkId;
        AssignedClerkId = toClerkId.Trim();
        AssignedClerkName = toClerkName.Trim();
        Changed(supervisor, now, CaseEventType.ClerkReassigned, Status, why, $"{before} → {AssignedClerkName}", previousClerk: clerkBefore);
    }

    /// <summary>出件: at the window the collector's name and ID are recorded; by post the tracking number.</summary>
    public void Deliver(Actor clerk, DateTimeOffset now, DeliveryMethod method, string? collectedByName, string? collectedByIdNumber, string? trackingNumber)
    {
        Require(CaseAction.Deliver, clerk);
        var name = Trimmed(collectedByName);
        var idNumber = Trimmed(collectedByIdNumber);
        var tracking = Trimmed(trackingNumber);
        if (method == DeliveryMethod.Window && (name is null || idNumber is null))
        {
            throw new DomainRuleException(CaseRuleCodes.CollectorRequired, "Record the name and ID number of whoever collects the result.");
        }
        if (method == DeliveryMethod.Post && tracking is null)
        {
            throw new DomainRuleException(CaseRuleCodes.TrackingRequired, "Record the postal tracking number.");
        }

        var from = Status;
        Delivery = new DeliveryRecord(method, clerk.UserId, clerk.DisplayName, name, idNumber, tracking);
        DeliveredAt = now;
        Status = CaseStatus.Delivered;
        Changed(clerk, now, CaseEventType.Delivered, from, detail: method.ToString());
    }

    /// <summary>The applicant withdraws an open (undecided) case.</summary>
    public void Withdraw(Actor clerk, DateTimeOffset now, string reason)
    {
        Require(CaseAction.Withdraw, clerk);
        var why = RequireReason(reason);
        var from = Status;
        Status = CaseStatus.Withdrawn;
        Changed(clerk, now, CaseEventType.Withdrawn, from, why);
    }

    /// <summary>
    /// Working days from <paramref name="today"/> to the due date (negative once overdue); null without a running deadline.
    /// A paused case counts from its pause date: the clock is frozen.
    /// </summary>
    public int? RemainingWorkingDays(DateOnly today, WorkingDayCalendar calendar) =>
        Deadline.RemainingWorkingDays(today, calendar);

    /// <summary>What the deadline figures read: lists that load only these columns compute the same light as the case.</summary>
    public DeadlineState Deadline => new(Status, DueDate, StatutoryDueDate, PausedSince);

    /// <summary>Traffic light: Severe past the statutory due date, Red past the promised one, Yellow inside the warning window.</summary>
    public DeadlineLight LightOn(DateOnly today, WorkingDayCalendar calendar, DeadlinePolicy policy) =>
        Deadline.LightOn(today, calendar, policy);

    private static void Validate(AcceptCase input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Number);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.ItemCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.DepartmentCode);
        ArgumentNullException.ThrowIfNull(input.ItemName);
        ArgumentNullException.ThrowIfNull(input.Applicant);
        ArgumentNullException.ThrowIfNull(input.FormDataJson);
        ArgumentNullException.ThrowIfNull(input.Materials);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Applicant.Name);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Applicant.IdNumber);
        if (input.Applicant.Kind == ApplicantKind.Both)
        {
            throw new ArgumentException("An applicant is either a person or an enterprise.", nameof(input));
        }
        if (input.ItemKind == ItemKind.Promised)
        {
            if (input.PromisedDays < 1)
            {
                throw new ArgumentException("A promised item needs at least one promised working day.", nameof(input));
            }
            if (input.StatutoryDays < input.PromisedDays)
            {
                throw new ArgumentException("The statutory limit cannot be shorter than the promised one.", nameof(input));
            }
        }
    }

    private static DateOnly DayOf(DateTimeOffset now) => DateOnly.FromDateTime(now.DateTime);

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

    private void ComputeDueDates(WorkingDayCalendar calendar)
    {
        DueDate = calendar.AddWorkingDays(AcceptedOn, PromisedDays + PausedWorkingDays);
        StatutoryDueDate = StatutoryDays is { } statutory ? calendar.AddWorkingDays(AcceptedOn, statutory + PausedWorkingDays) : null;
    }

    // Working days in (pausedSince, today] did not count: add them and push both due dates out.
    private int ResumeClock(DateOnly today, WorkingDayCalendar calendar)
    {
        var paused = PausedSince is { } since ? Math.Max(0, calendar.WorkingDaysBetween(since, today)) : 0;
        PausedWorkingDays += paused;
        PausedSince = null;
        if (DueDate is not null)
        {
            ComputeDueDates(calendar);
        }
        return paused;
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
        Raise(new CaseChanged(Id, Number, type, Status, ItemKind, DepartmentCode, AssignedClerkId,
            previousDepartment == DepartmentCode ? null : previousDepartment, previousClerk == AssignedClerkId ? null : previousClerk, ItemCode));
    }
}
