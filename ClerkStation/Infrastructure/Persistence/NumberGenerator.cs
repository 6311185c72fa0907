namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Hands out the next number of a day in one atomic statement, so two counters never get the same one. The same SQL runs
/// on SQLite and PostgreSQL: on PostgreSQL a second node's upsert waits for the first transaction's row lock, so numbers
/// stay unique per center and day and, as the counter commits or rolls back with the case, gap-free.
/// </summary>
public static class NumberGenerator
{
    public static async Task<int> NextAsync(ClerkDbContext db, string prefix, DateOnly day, CancellationToken ct)
    {
        var center = db.InsertCenter;
        var key = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var values = await db.Database
            .SqlQuery<int>($"""
                INSERT INTO "NumberSequences" ("CenterId", "Prefix", "Day", "Last") VALUES ({center}, {prefix}, {key}, 1)
                ON CONFLICT ("CenterId", "Prefix", "Day") DO UPDATE SET "Last" = "NumberSequences"."Last" + 1 RETURNING "Last" AS "Value"
                """)
            .ToListAsync(ct);
        return values.Single();
    }
}
