using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

// 受理: how a case comes into being, at the counter or from an online channel.
public sealed partial class Case
{
    /// <summary>
    /// 受理: instant items are completed on the spot; promised items are routed to the department with due dates, counted
    /// from <paramref name="today"/>, the day at the center (never the offset of <paramref name="now"/>).
    /// </summary>
    public static Case Accept(AcceptCase input, Actor clerk, DateTimeOffset now, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(clerk);
        ArgumentNullException.ThrowIfNull(calendar);
        RequireRole(clerk, CounterRoles);
        return Create(input, clerk, now, today, calendar);
    }

    /// <summary>
    /// 免核原件: an online channel (an API client or a village agent) files an application for an item the catalog accepts without the counter
    /// seeing originals; it is accepted at once, exactly as at the counter (routed, due dates), with its channel recorded.
    /// </summary>
    public static Case AcceptFromChannel(AcceptCase input, Actor client, DateTimeOffset now, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(calendar);
        RequireRole(client, StaffRole.ApiClient, StaffRole.Agent);
        if (input.Channel == Channel.Counter)
        {
            throw new DomainRuleException(CaseRuleCodes.RoleNotAllowed, "An application from the counter is accepted by a clerk.");
        }

        return Create(input, client, now, today, calendar);
    }

    private static Case Create(AcceptCase input, Actor clerk, DateTimeOffset now, DateOnly today, WorkingDayCalendar calendar)
    {
        Validate(input);

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
}
