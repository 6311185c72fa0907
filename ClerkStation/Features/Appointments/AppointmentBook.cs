using System.Security.Cryptography;
using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;

namespace ClerkStation.Features.Appointments;

/// <summary>One slot as a booking screen or an API client sees it: its places, how many are taken, whether it can still be booked.</summary>
public sealed record SlotAvailability(string Category, DateTimeOffset Start, DateTimeOffset End, int Capacity, int Booked, int Free, bool Bookable);

/// <summary>A booking as the caller is told it: the code to read out or type at the kiosk, the category and the slot.</summary>
public sealed record AppointmentReceipt(Guid Id, string Code, string Category, DateTimeOffset SlotStart, DateTimeOffset SlotEnd, string Status)
{
    public static AppointmentReceipt From(Appointment a) => new(a.Id, a.Code, a.Category, a.SlotStart, a.SlotEnd, a.Status.ToString());
}

/// <summary>The appointment book: the slots of a category with their free places (working days, opening hours, capacity from the settings).</summary>
public sealed class AppointmentBook(IDbContextFactory<ClerkDbContext> dbFactory, AppointmentSettings settings, CalendarService calendars, CenterClock clock)
{
    /// <summary>Unambiguous when read out or typed: no 0/O, 1/I/L.</summary>
    private const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int CodeLength = 6;

    /// <summary>At most this many days in one slot listing.</summary>
    public const int MaxDays = 31;

    public static string NewCode() => string.Create(CodeLength, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }
    });

    public async Task<IReadOnlyList<SlotAvailability>> SlotsAsync(string category, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var now = clock.Now;
        var lastDay = AppointmentSchedule.LastBookableDay(clock.Today, settings);
        var calendar = calendars.Current;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var taken = (await db.Appointments.AsNoTracking()
                .Where(a => a.Category == category && a.Day >= from && a.Day <= to && a.Place != null)
                .Select(a => a.SlotStart).ToListAsync(ct))
            .GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var slots = new List<SlotAvailability>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            foreach (var slot in AppointmentSchedule.SlotsOf(day, settings, calendar, now.Offset))
            {
                var booked = taken.GetValueOrDefault(slot.Start);
                var free = Math.Max(0, settings.Capacity - booked);
                slots.Add(new SlotAvailability(category, slot.Start, slot.End, settings.Capacity, booked, free, free > 0 && slot.Start > now && day <= lastDay));
            }
        }

        return slots;
    }

    /// <summary>The slot starting at <paramref name="start"/> (an unknown start is refused by the domain as not a slot).</summary>
    public AppointmentSlot SlotAt(DateTimeOffset start) => new(start, start + settings.SlotLength);
}
