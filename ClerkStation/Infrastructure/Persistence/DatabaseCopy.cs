using System.Reflection;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>
/// Copies every row of one database into another of the same model (SQLite into PostgreSQL for a center joining the
/// city's database): entities in foreign-key order, each aggregate with its owned rows (a case with its events), in
/// batches through EF so every value goes through the target's own mapping. Rows whose key is already in the target
/// are left alone, so a re-run copies only what is new. Counts are compared per table afterwards.
/// </summary>
public static partial class DatabaseCopy
{
    private const int Batch = 2000;

    private static readonly MethodInfo CopyTableMethod = typeof(DatabaseCopy).GetMethod(nameof(CopyTableAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<IReadOnlyList<TableCopy>> CopyAsync(Func<ClerkDbContext> source, Func<ClerkDbContext> target, CancellationToken ct = default)
    {
        await using var model = source();
        await using var to = target();
        var tables = model.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var before = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            before[table] = await CountAsync(to, table, ct);
        }

        foreach (var entity in InDependencyOrder(model.Model.GetEntityTypes().Where(e => !e.IsOwned() && e.GetTableName() is not null)))
        {
            await (Task)CopyTableMethod.MakeGenericMethod(entity.ClrType).Invoke(null, [source, target, entity.GetTableName()!, ct])!;
        }

        if (to.Database.IsNpgsql())
        {
            await ResetIdentitySequencesAsync(to, ct);
        }

        var result = new List<TableCopy>();
        foreach (var table in tables)
        {
            var after = await CountAsync(to, table, ct);
            result.Add(new TableCopy(table, await CountAsync(model, table, ct), after - before[table], after));
        }

        return result;
    }

    private static async Task CopyTableAsync<T>(Func<ClerkDbContext> source, Func<ClerkDbContext> target, string table, CancellationToken ct)
        where T : class
    {
        await using var from = source();
        var key = from.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties;
        HashSet<string> present;
        await using (var to = target())
        {
            present = await KeysAsync(to, table, key.Select(p => p.GetColumnName()).ToArray(), ct);
        }

        var batch = new List<T>(Batch);
        await foreach (var row in from.Set<T>().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            if (present.Contains(KeyOf(key, row)))
            {
                continue;
            }

            batch.Add(row);
            if (batch.Count == Batch)
            {
                await SaveAsync(target, batch, ct);
            }
        }

        await SaveAsync(target, batch, ct);
    }

    private static async Task SaveAsync<T>(Func<ClerkDbContext> target, List<T> batch, CancellationToken ct)
        where T : class
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using var to = target();
        to.ChangeTracker.AutoDetectChangesEnabled = false;
        to.Set<T>().AddRange(batch);
        await to.SaveChangesAsync(ct);
        batch.Clear();
    }
}
