using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Ratings;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>Writes generated days with prepared inserts, one transaction per batch of days.</summary>
public static class DemoHistoryWriter
{
    public static async Task<int> WriteAsync(ClerkDbContext db, IEnumerable<DemoDay> days, int daysPerTransaction = 20, bool includeEvents = true, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }
        var total = 0;
        var current = Guid.Empty;
        foreach (var batch in days.Chunk(daysPerTransaction))
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            using var cases = new BulkInsert<Case>(db, connection, transaction);
            using var events = new BulkInsert<CaseEvent>(db, connection, transaction, (e, name) => name == "CaseId" ? current : null);
            using var decisions = new BulkInsert<IntakeDecision>(db, connection, transaction);
            using var ratings = new BulkInsert<ServiceRating>(db, connection, transaction);
            using var tasks = new BulkInsert<RectificationTask>(db, connection, transaction);
            foreach (var day in batch)
            {
                foreach (var c in day.Cases)
                {
                    await cases.AddAsync(c, ct);
                    current = c.Id;
                    foreach (var e in includeEvents ? c.Events : [])
                    {
                        await events.AddAsync(e, ct);
                    }
                }
                foreach (var d in day.Decisions)
                {
                    await decisions.AddAsync(d, ct);
                }
                foreach (var r in day.Ratings)
                {
                    await ratings.AddAsync(r, ct);
                }
                foreach (var t in day.Tasks)
                {
                    await tasks.AddAsync(t, ct);
                }
                total += day.Cases.Count;
            }
            await transaction.CommitAsync(ct);
        }
        return total;
    }
}
