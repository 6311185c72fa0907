using ClerkStation.Domain.Ratings;

namespace ClerkStation.Features.Supervisor;

/// <summary>The floor's raw SQL reads and their rows: today's completed cases, and the unfinished rectification tasks' deadlines.</summary>
public static partial class FloorQueries
{
    // The unfinished tasks are a few hundred of all ever opened, but SQLite's statistics only know the average rows per
    // status and would scan the table (12 ms vs 1.4 ms on 27,000 tasks), so the index is named. The statuses are listed
    // (from the enum) because "!=" cannot search an index.
    // PostgreSQL has no INDEXED BY (and keeps per-value statistics, so it finds the index itself).
    // The center is an integer of the context, written in as a literal (the query filter does not reach raw SQL).
    private static string UnfinishedTasksSql(bool sqlite, int? center) => $"""
        SELECT "CallbackDue", "FixDue", "CalledBackOn", "FixedOn" FROM "RectificationTasks" {(sqlite ? "INDEXED BY \"IX_RectificationTasks_Status_FixDue\"" : "")}
        WHERE "Status" IN ({string.Join(", ", Enum.GetValues<RectificationStatus>()
            .Where(s => s is not (RectificationStatus.Closed or RectificationStatus.Dismissed)).Select(s => $"'{s}'"))})
        {(center is { } id ? FormattableString.Invariant($"AND \"CenterId\" = {id}") : "")}
        """;

    private sealed class CompletedRow
    {
        public string AssignedClerkId { get; set; } = string.Empty;
        public string AssignedClerkName { get; set; } = string.Empty;
        public string DepartmentCode { get; set; } = string.Empty;
        public int Count { get; set; }
    }

    private sealed class TaskDueRow
    {
        public DateOnly CallbackDue { get; set; }
        public DateOnly FixDue { get; set; }
        public DateOnly? CalledBackOn { get; set; }
        public DateOnly? FixedOn { get; set; }
    }
}
