using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>What one table's copy did: rows in the source, rows added to the target now, rows in the target afterwards.</summary>
public sealed record TableCopy(string Table, long Source, long Copied, long Target)
{
    public bool Verified => Source == Target;
}

/// <summary>
/// Copies every row of one database into another of the same model (SQLite into PostgreSQL for a center joining the
/// city's database): entities in foreign-key order, each aggregate with its owned rows (a case with its events), in
/// batches through EF so every value goes through the target's own mapping. Rows whose key is already in the target
/// are left alone, so a re-run copies only what is new. Counts are compared per table afterwards.
/// </summary>
public static class DatabaseCopy
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

    private static string KeyOf(IReadOnlyList<IProperty> key, object row) =>
        string.Join('\u001f', key.Select(p => Text(p.GetGetter().GetClrValue(row))));

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    private static async Task<HashSet<string>> KeysAsync(ClerkDbContext db, string table, string[] columns, CancellationToken ct)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add(string.Join('\u001f', Enumerable.Range(0, columns.Length).Select(i => Text(reader.GetValue(i)))));
        }

        return keys;
    }

#pragma warning disable EF1002 // table names come from the model, not from input
    private static async Task<long> CountAsync(ClerkDbContext db, string table, CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").ToListAsync(ct)).Single();
#pragma warning restore EF1002

    /// <summary>Identity columns were given explicit values: move each sequence past the highest one.</summary>
    private static async Task ResetIdentitySequencesAsync(ClerkDbContext db, CancellationToken ct)
    {
        foreach (var property in db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
                     .Where(p => p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(int) || p.ClrType == typeof(long)) && p.DeclaringType.GetTableName() is not null))
        {
            var (table, column) = (property.DeclaringType.GetTableName()!, property.GetColumnName());
#pragma warning disable EF1002 // table names come from the model, not from input
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE(MAX(\"{column}\"), 0) + 1, false) FROM \"{table}\"", ct);
#pragma warning restore EF1002
        }
    }

    /// <summary>Principals before dependents, so every foreign key finds its row.</summary>
    private static List<IEntityType> InDependencyOrder(IEnumerable<IEntityType> entities)
    {
        var all = entities.ToList();
        var ordered = new List<IEntityType>();
        void Visit(IEntityType entity, HashSet<IEntityType> path)
        {
            if (ordered.Contains(entity) || !path.Add(entity))
            {
                return;
            }

            foreach (var principal in entity.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(all.Contains))
            {
                Visit(principal, path);
            }

            ordered.Add(entity);
        }

        foreach (var entity in all)
        {
            Visit(entity, []);
        }

        return ordered;
    }
}
