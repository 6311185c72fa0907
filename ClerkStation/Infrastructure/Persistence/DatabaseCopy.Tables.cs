using System.Globalization;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>What the copy reads of the tables: row keys, the keys already in the target, counts, foreign-key order, identity sequences.</summary>
public static partial class DatabaseCopy
{
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
