using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;

namespace ClerkStation.Domain.Appointments;

/// <summary>
/// 预约: one applicant's place in one slot of one hall category. A slot of a category takes as many people as the
/// settings' capacity; each booking holds a numbered place (1..capacity) that a cancellation gives back, so two bookings
/// racing for the last place collide on the database's unique index instead of overfilling the slot.
/// </summary>
public sealed class Appointment : ICenterOwned
{
    private Appointment()
    {
    }

    public Guid Id { get; private set; }

    public int CenterId { get; private set; }

    /// <summary>The booking code read out to the caller and typed at the kiosk.</summary>
    public string Code { get; private set; } = string.Empty;
    public string Category { get; private set; } = string.Empty;
    public DateOnly Day { get; private set; }
    public DateTimeOffset SlotStart { get; private set; }
    public DateTimeOffset SlotEnd { get; private set; }

    /// <summary>The place held in the slot; null once cancelled.</summary>
    public int? Place { get; private set; }
    public string ApplicantName { get; private set; } = string.Empty;
    public string IdNumber { get; private set; } = string.Empty;
    public string? Phone { get; private set; }
    public AppointmentStatus Status { get; private set; }
    public AppointmentChannel Channel { get; private set; }
    public DateTimeOffset BookedAt { get; private set; }
    public string BookedById { get; private set; } = string.Empty;
    public string BookedByName { get; private set; } = string.Empty;

    /// <summary>The API's retry key (Idempotency-Key), with the client it belongs to and the body it came with.</summary>
    public string? IdempotencyKey { get; private set; }
    public string? BodyHash { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public string? TicketNumber { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Optimistic concurrency: two kiosks checking in the same code at once; the second save fails.</summary>
    public int Version { get; private set; }

    public AppointmentSlot Slot => new(SlotStart, SlotEnd);

    /// <summary>Whether the booking still holds its place (booked, checked in or late).</summary>
    public bool HoldsPlace => Place is not null;

    /// <summary>The status as the list shows it at <paramref name="now"/>: a booking whose slot has ended is a no-show.</summary>
    public AppointmentStatus StatusAt(DateTimeOffset now) => Status == AppointmentStatus.Booked && now > SlotEnd ? AppointmentStatus.NoShow : Status;

    /// <summary>
    /// Books a place. <paramref name="atSameTime"/> are the bookings of every category starting at the slot's start:
    /// the category's are counted against its capacity, and one ID number holds one booking at a time.
    /// </summary>
    public static Appointment Book(
        string code, string category, AppointmentSlot slot, AppointmentApplicant applicant, AppointmentChannel channel, string bookedById, string bookedByName,
        IReadOnlyCollection<Appointment> atSameTime, AppointmentSettings settings, WorkingDayCalendar calendar, DateTimeOffset now, DateOnly today, string? idempotencyKey = null, string? bodyHash = null)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(atSameTime);
        ArgumentNullException.ThrowIfNull(settings);
        AppointmentSchedule.RequireBookable(category, slot, settings, calendar, now, today);
        var holding = atSameTime.Where(a => a.HoldsPlace && a.SlotStart == slot.Start).ToList();
        if (holding.Any(a => a.IdNumber == applicant.IdNumber))
        {
            throw new DomainRuleException(AppointmentRuleCodes.AlreadyBooked, "This ID number already holds a booking at this time.");
        }

        var taken = holding.Where(a => a.Category == category).Select(a => a.Place!.Value).ToHashSet();
        var place = Enumerable.Range(1, settings.Capacity).Cast<int?>().FirstOrDefault(p => !taken.Contains(p!.Value))
            ?? throw new DomainRuleException(AppointmentRuleCodes.SlotFull, $"The slot at {slot.Start:HH:mm} is full.",
                new Dictionary<string, string> { ["time"] = slot.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) });

        return new Appointment
        {
            Id = Guid.CreateVersion7(now),
            Code = code,
            Category = category,
            Day = DateOnly.FromDateTime(slot.Start.DateTime),
            SlotStart = slot.Start,
            SlotEnd = slot.End,
            Place = place,
            ApplicantName = applicant.Name,
            IdNumber = applicant.IdNumber,
            Phone = applicant.Phone,
            Status = AppointmentStatus.Booked,
            Channel = channel,
            BookedAt = now,
            BookedById = bookedById,
            BookedByName = bookedByName,
            IdempotencyKey = idempotencyKey,
            BodyHash = bodyHash,
        };
    }

    /// <summary>
    /// 签到 at the kiosk, on the booking's day: before the slot's end the ticket carries the slot (returned); after it the
    /// booking is late and the ticket is an ordinary one (null).
    /// </summary>
    public AppointmentSlot? CheckIn(DateTimeOffset now, DateOnly today)
    {
        if (Status != AppointmentStatus.Booked)
        {
            throw new DomainRuleException(AppointmentRuleCodes.NotBooked, $"Booking {Code} is {Status}.");
        }
        if (today < Day)
        {
            throw new DomainRuleException(AppointmentRuleCodes.NotToday, $"Booking {Code} is for {Day:yyyy-MM-dd}.",
                new Dictionary<string, string> { ["day"] = Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }
        if (today > Day)
        {
            throw new DomainRuleException(AppointmentRuleCodes.Expired, $"Booking {Code} was for {Day:yyyy-MM-dd}.");
        }

        var onTime = now <= SlotEnd;
        Status = onTime ? AppointmentStatus.CheckedIn : AppointmentStatus.Late;
        CheckedInAt = now;
        Version++;
        return onTime ? Slot : null;
    }

    /// <summary>The ticket the check-in issued.</summary>
    public void AttachTicket(string ticketNumber) => TicketNumber = ticketNumber;

    /// <summary>Cancelled by the counter (the caller rang back): the place is free again. Only a booking not yet used or over.</summary>
    public void Cancel(DateTimeOffset now)
    {
        if (StatusAt(now) != AppointmentStatus.Booked)
        {
            throw new DomainRuleException(AppointmentRuleCodes.NotBooked, $"Booking {Code} is {StatusAt(now)}.");
        }

        Status = AppointmentStatus.Cancelled;
        Place = null;
        CancelledAt = now;
        Version++;
    }
}
