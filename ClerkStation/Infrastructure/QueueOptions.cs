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
}
