using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;

namespace ClerkStation.Domain.Appointments;

/// <summary>
/// The slots a category offers: on working days only (the working-day calendar, make-up Saturdays included), one after
/// another from the start of each opening period, a slot that would run past the period's end left out.
/// </summary>
public static class AppointmentSchedule
{
    /// <summary>Every slot of <paramref name="day"/>, in the center's offset; none on a day off.</summary>
    public static IReadOnlyList<AppointmentSlot> SlotsOf(DateOnly day, AppointmentSettings settings, WorkingDayCalendar calendar, TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(calendar);
        if (!calendar.Covers(day.Year) || !calendar.IsWorkingDay(day))
        {
            return [];
        }

        var slots = new List<AppointmentSlot>();
        foreach (var period in settings.Hours.OrderBy(h => h.From))
        {
            var start = new DateTimeOffset(day.ToDateTime(period.From), offset);
            var close = new DateTimeOffset(day.ToDateTime(period.To), offset);
            for (; start + settings.SlotLength <= close; start += settings.SlotLength)
            {
                slots.Add(new AppointmentSlot(start, start + settings.SlotLength));
            }
        }
        return slots;
    }

    /// <summary>The last day a slot may be booked for, seen from <paramref name="today"/>.</summary>
    public static DateOnly LastBookableDay(DateOnly today, AppointmentSettings settings) => today.AddDays(settings.DaysAhead);

    /// <summary>
    /// Refuses what cannot be booked, whoever asks: a category without appointments, a day off, a time that is not one of
    /// the day's slots, a slot that has started, a day further ahead than the settings allow.
    /// </summary>
    public static void RequireBookable(string category, AppointmentSlot slot, AppointmentSettings settings, WorkingDayCalendar calendar, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Takes(category))
        {
            throw new DomainRuleException(AppointmentRuleCodes.NoAppointments, $"Category {category} takes no appointments.");
        }

        var day = DateOnly.FromDateTime(slot.Start.DateTime);
        if (!calendar.Covers(day.Year) || !calendar.IsWorkingDay(day))
        {
            throw new DomainRuleException(AppointmentRuleCodes.NotWorkingDay, $"{day:yyyy-MM-dd} is not a working day.",
                new Dictionary<string, string> { ["day"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (!SlotsOf(day, settings, calendar, slot.Start.Offset).Contains(slot))
        {
            throw new DomainRuleException(AppointmentRuleCodes.NotASlot, $"{slot.Start:HH:mm}-{slot.End:HH:mm} is not a slot of {day:yyyy-MM-dd}.");
        }

        if (slot.Start <= now)
        {
            throw new DomainRuleException(AppointmentRuleCodes.SlotPast, $"The slot at {slot.Start:yyyy-MM-dd HH:mm} has already started.");
        }

        if (day > LastBookableDay(today, settings))
        {
            throw new DomainRuleException(AppointmentRuleCodes.TooFarAhead, $"Slots can be booked {settings.DaysAhead} days ahead at most.",
                new Dictionary<string, string> { ["days"] = settings.DaysAhead.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
    }
}
