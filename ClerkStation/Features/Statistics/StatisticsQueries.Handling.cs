using ClerkStation.Domain.Statistics;
using ClerkStation.Features.Shared;

namespace ClerkStation.Features.Statistics;

/// <summary>Handling times (办理时限): promised cases decided in a range, grouped in SQL so that working days are counted once per group.</summary>
public static partial class StatisticsQueries
{
    private sealed class HandlingRow
    {
        public string DepartmentCode { get; set; } = string.Empty;
        public DateOnly AcceptedOn { get; set; }
        public string DecidedOn { get; set; } = string.Empty;
        public int PromisedDays { get; set; }
        public int PausedWorkingDays { get; set; }
        public int Count { get; set; }
    }

    /// <summary>Promised cases decided in the range, grouped so that working days are counted once per group.</summary>
    internal static async Task<List<(string Department, HandlingGroup Group)>> HandlingAsync(ClerkDbContext db, DateOnly from, DateOnly to, string? dept, CancellationToken ct)
    {
        var (decidedFrom, decidedTo) = DayRange.Of(from, to);
        var rows = dept is null
            ? await db.Database.SqlQuery<HandlingRow>($"""
                SELECT "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10) AS "DecidedOn", "PromisedDays", "PausedWorkingDays", COUNT(*) AS "Count"
                FROM "Cases" WHERE "DecidedAt" >= {decidedFrom} AND "DecidedAt" < {decidedTo} AND "ItemKind" = 'Promised'
                  AND ("CenterId" = {db.SqlCenter} OR {db.SqlAllCenters} = 1)
                GROUP BY "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10), "PromisedDays", "PausedWorkingDays"
                """).ToListAsync(ct)
            : await db.Database.SqlQuery<HandlingRow>($"""
                SELECT "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10) AS "DecidedOn", "PromisedDays", "PausedWorkingDays", COUNT(*) AS "Count"
                FROM "Cases" WHERE "DecidedAt" >= {decidedFrom} AND "DecidedAt" < {decidedTo} AND "ItemKind" = 'Promised' AND "DepartmentCode" = {dept}
                  AND ("CenterId" = {db.SqlCenter} OR {db.SqlAllCenters} = 1)
                GROUP BY "DepartmentCode", "AcceptedOn", substr("DecidedAt", 1, 10), "PromisedDays", "PausedWorkingDays"
                """).ToListAsync(ct);
        return rows
            .Select(h => (h.DepartmentCode, new HandlingGroup(h.AcceptedOn, DateOnly.ParseExact(h.DecidedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), h.PromisedDays, h.PausedWorkingDays, h.Count)))
            .ToList();
    }
}
