using ClerkStation.Domain.Queue;

namespace ClerkStation.Domain.Appointments;

/// <summary>A part of the day the center is open (08:30–12:00, 13:30–17:00): slots lie inside one period, never across lunch.</summary>
public sealed record OpeningPeriod(TimeOnly From, TimeOnly To);

/// <summary>
/// 预约 settings of a center (appsettings "Queue:Appointments"): which hall categories take bookings, the slot length, how
/// many people one slot of one category takes, the opening hours and how many calendar days ahead a slot may be booked.
/// </summary>
public sealed record AppointmentSettings(
    IReadOnlySet<string> Categories, TimeSpan SlotLength, int Capacity, IReadOnlyList<OpeningPeriod> Hours, int DaysAhead)
{
    public bool Takes(string category) => Categories.Contains(category);

    /// <summary>What is wrong with the settings (empty when usable).</summary>
    public IReadOnlyList<string> Problems(QueueSettings queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        var problems = new List<string>();
        problems.AddRange(Categories.Where(c => queue.Categories.All(q => q.Letter != c)).Select(c => $"appointments name unknown category {c}"));
        if (SlotLength < TimeSpan.FromMinutes(5) || SlotLength > TimeSpan.FromHours(4))
        {
            problems.Add("the appointment slot length must be 5 minutes to 4 hours");
        }
        if (Capacity < 1)
        {
            problems.Add("an appointment slot takes at least one person");
        }
        if (DaysAhead is < 0 or > 90)
        {
            problems.Add("appointments may be booked 0 to 90 days ahead");
        }
        problems.AddRange(Hours.Where(h => h.To <= h.From).Select(h => $"opening period {h.From}-{h.To} ends before it starts"));
        var ordered = Hours.OrderBy(h => h.From).ToList();
        problems.AddRange(ordered.Zip(ordered.Skip(1)).Where(p => p.Second.From < p.First.To).Select(p => $"opening periods {p.First.From} and {p.Second.From} overlap"));
        return problems;
    }
}
