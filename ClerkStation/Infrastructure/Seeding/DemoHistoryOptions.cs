namespace ClerkStation.Infrastructure.Seeding;

/// <summary>"Demo:History": in demo mode, generate a few months of history on the first run (off in production and in most tests).</summary>
public sealed class DemoHistoryOptions
{
    public bool History { get; set; } = true;

    /// <summary>How many months back the generated history reaches.</summary>
    public int HistoryMonths { get; set; } = 4;
}
