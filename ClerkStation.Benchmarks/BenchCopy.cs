using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClerkStation.Benchmarks;

/// <summary>
/// Benchmark set-up only: pours every table of a SQLite file into a migrated, empty PostgreSQL database with COPY (text
/// format, PostgreSQL parsing each value as its column's type), foreign-key triggers off for the load, identity
/// sequences moved past the copied keys. Minutes for the 1,000,000-case file where the app's row-by-row `copy-database`
/// needs over an hour; the app's copy stays the one a center uses (verified counts, idempotent re-runs).
/// </summary>
public static class BenchCopy
{
    public static long Pour(string sqlitePath, string postgres)
    {
        using var from = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly");
        from.Open();
        using var to = new NpgsqlConnection(postgres);
        to.Open();
        Execute(to, "SET session_replication_role = replica");
        var rows = 0L;
        foreach (var table in Tables(from).Where(t => t != "__EFMigrationsHistory"))
        {
            var columns = Columns(to, table);
            if (columns.Count == 0)
            {
                continue;
            }

            using var select = from.CreateCommand();
            select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c.Name}\""))} FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            using var writer = to.BeginTextImport($"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN");
            var line = new StringBuilder();
            while (reader.Read())
            {
                line.Clear();
                for (var i = 0; i < columns.Count; i++)
                {
                    line.Append(i == 0 ? "" : "\t").Append(Text(reader.IsDBNull(i) ? null : reader.GetValue(i), columns[i].Array));
                }
                writer.Write(line.Append('\n').ToString());
                rows++;
            }
        }

        foreach (var (table, column) in Identities(to))
        {
            Execute(to, $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST((SELECT MAX(\"{column}\") FROM \"{table}\"), 1))");
        }
        Execute(to, "SET session_replication_role = DEFAULT");
        Execute(to, "ANALYZE");
        return rows;
    }

    /// <summary>One value in COPY's text format: \N for null, backslash escapes, bytes as hex, a JSON list as an array.</summary>
    private static string Text(object? value, bool array) => value switch
    {
        null => "\\N",
        byte[] bytes => "\\\\x" + Convert.ToHexString(bytes),
        string json when array => Escape("{" + string.Join(",", JsonSerializer.Deserialize<string[]>(json)!.Select(s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + "}"),
        string text => Escape(text),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Escape(value.ToString()!),
    };

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\n", "\\n").Replace("\r", "\\r");

    private static List<string> Tables(SqliteConnection db)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }
        return tables;
    }

    private static List<(string Name, bool Array)> Columns(NpgsqlConnection db, string table)
    {
        using var command = new NpgsqlCommand("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @t ORDER BY ordinal_position", db);
        command.Parameters.AddWithValue("t", table);
        using var reader = command.ExecuteReader();
        var columns = new List<(string, bool)>();
        while (reader.Read())
        {
            columns.Add((reader.GetString(0), reader.GetString(1) == "ARRAY"));
        }
        return columns;
    }

    private static List<(string Table, string Column)> Identities(NpgsqlConnection db)
    {
        using var command = new NpgsqlCommand("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval%')", db);
        using var reader = command.ExecuteReader();
        var result = new List<(string, string)>();
        while (reader.Read())
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }
        return result;
    }

    private static void Execute(NpgsqlConnection db, string sql)
    {
        using var command = new NpgsqlCommand(sql, db) { CommandTimeout = 1800 };
        command.ExecuteNonQuery();
    }
}
