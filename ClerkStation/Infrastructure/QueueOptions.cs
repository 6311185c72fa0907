using System.Globalization;
using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Queue;

namespace ClerkStation.Infrastructure;

/// <summary>The center's hall (appsettings "Queue"): categories, windows and times; read once into <see cref="QueueSettings"/>.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queue";

    public List<CategoryOption> Categories { get; set; } = [];

    public List<WindowOption> Windows { get; set; } = [];

    /// <summary>How long a missed ticket may be called back (过号重呼).</summary>
    public int MissedRecallMinutes { get; set; } = 5;

    /// <summary>The service time assumed for a category until the day has finished visits of it.</summary>
    public int DefaultServiceMinutes { get; set; } = 8;

    /// <summary>The supervisor's floor raises an alert for a ticket waiting longer than this.</summary>
    public int AlertWaitMinutes { get; set; } = 20;

    /// <summary>The hall's spoken call; {number} and {window} are filled in.</summary>
    public string CallAnnouncement { get; set; } = "请 {number} 号到 {window} 号窗口";

    /// <summary>预约: which categories take bookings, slots, capacity, opening hours, days ahead.</summary>
    public AppointmentOption Appointments { get; set; } = new();

    public sealed class AppointmentOption
    {
        public List<string> Categories { get; set; } = [];

        public int SlotMinutes { get; set; } = 30;

        /// <summary>How many people one slot of one category takes.</summary>
        public int Capacity { get; set; } = 3;

        /// <summary>Opening periods as "HH:mm-HH:mm" (a lunch break is the gap between two); none given: 08:30-12:00 and 13:30-17:00.</summary>
        public List<string> Hours { get; set; } = []; // the binder appends to a list, so the default is applied when reading

        /// <summary>How many calendar days ahead a slot may be booked (0: today only).</summary>
        public int DaysAhead { get; set; } = 7;
    }

    public sealed class CategoryOption
    {
        public string Letter { get; set; } = string.Empty;
        public string Zh { get; set; } = string.Empty;
        public string En { get; set; } = string.Empty;
    }

    public sealed class WindowOption
    {
        public int Number { get; set; }
        public List<string> Categories { get; set; } = [];
    }

    /// <summary>The settings the domain works with; a bad section stops start-up with every problem listed.</summary>
    public QueueSettings ToSettings()
    {
        var settings = new QueueSettings(
            Categories.Select(c => new QueueCategory(c.Letter, new LocalizedText(c.Zh, c.En))).ToList(),
            Windows.Select(w => new QueueWindow(w.Number, w.Categories.ToHashSet(StringComparer.Ordinal))).ToList(),
            TimeSpan.FromMinutes(MissedRecallMinutes),
            TimeSpan.FromMinutes(DefaultServiceMinutes));
        var problems = settings.Problems();
        return problems.Count == 0 ? settings
            : throw new InvalidOperationException("The Queue settings are not usable: " + string.Join("; ", problems));
    }

    /// <summary>The appointment settings the domain works with; a bad section stops start-up with every problem listed.</summary>
    public AppointmentSettings ToAppointmentSettings(QueueSettings queue)
    {
        var problems = new List<string>();
        var hours = new List<OpeningPeriod>();
        foreach (var text in Appointments.Hours.Count > 0 ? Appointments.Hours : ["08:30-12:00", "13:30-17:00"])
        {
            var parts = text.Split('-', StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                && TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                hours.Add(new OpeningPeriod(from, to));
            }
            else
            {
                problems.Add($"opening period '{text}' is not HH:mm-HH:mm");
            }
        }

        var settings = new AppointmentSettings(Appointments.Categories.ToHashSet(StringComparer.Ordinal), TimeSpan.FromMinutes(Appointments.SlotMinutes),
            Appointments.Capacity, hours, Appointments.DaysAhead);
        problems.AddRange(settings.Problems(queue));
        return problems.Count == 0 ? settings
            : throw new InvalidOperationException("The Queue:Appointments settings are not usable: " + string.Join("; ", problems));
    }
}
