namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Marks a database whose history was generated for the demo (one row, written once). The statistics page shows a
/// banner while it exists; case numbers of generated cases start with <see cref="CasePrefix"/>.
/// </summary>
public sealed class DemoHistoryMarker
{
    public const string CasePrefix = "DEMO";

    public int Id { get; set; }

    public DateTimeOffset GeneratedAt { get; set; }

    public DateOnly FromDay { get; set; }

    public DateOnly ToDay { get; set; }

    public int Cases { get; set; }
}
