using Npgsql;

namespace ClerkStation.Infrastructure.Cli;

/// <summary>
/// `dotnet run --project ClerkStation -- copy-database --to "Host=…;Database=…;Username=…"`: moves a center that
/// started on SQLite into PostgreSQL. Migrates both, copies every row of the configured production database (and the
/// practice database into "&lt;name&gt;_practice"), then compares the counts per table. Re-running copies only rows
/// the target does not have yet and says when there were none. Stop the app first so no row is written meanwhile.
/// </summary>
public static class CopyDatabaseCommand
{
    public const string Usage = "usage: copy-database --to \"Host=HOST;Port=5432;Database=NAME;Username=USER;Password=…\"";

    public static async Task<int> RunAsync(DatabaseSettings settings, string[] args, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(output);
        if (args is not [_, "--to", { Length: > 0 } target])
        {
            await output.WriteLineAsync(Usage);
            return 1;
        }

        if (settings.Provider != DatabaseProvider.Sqlite)
        {
            await output.WriteLineAsync("copy-database copies the configured SQLite database; this app is configured for PostgreSQL (Database:Provider).");
            return 1;
        }

        string practiceTarget;
        try
        {
            practiceTarget = DatabaseSettings.PracticeOf(target);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync($"not a PostgreSQL connection string: {ex.Message}");
            await output.WriteLineAsync(Usage);
            return 1;
        }

        var postgres = settings with { Provider = DatabaseProvider.PostgreSQL };
        var failed = false;
        foreach (var (name, from, to) in new[] { ("production", settings.Production, target), ("practice", settings.Practice, practiceTarget) })
        {
            if (new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(from).DataSource is { } file && !File.Exists(file))
            {
                await output.WriteLineAsync($"{name}: no SQLite database at {Path.GetFullPath(file)}, nothing to copy");
                continue;
            }

            var source = settings.Options(from, []);
            var destination = postgres.Options(to, []);
            try
            {
                await using (var db = settings.Create(source))
                {
                    await db.Database.MigrateAsync(ct);
                }

                await using (var db = postgres.Create(destination))
                {
                    await db.Database.MigrateAsync(ct);
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException or TimeoutException)
            {
                await output.WriteLineAsync($"{name}: cannot open the PostgreSQL database ({new NpgsqlConnectionStringBuilder(to) { Password = null }}): {ex.Message}");
                return 1;
            }

            var tables = await DatabaseCopy.CopyAsync(() => settings.Create(source), () => postgres.Create(destination), ct);
            failed |= await ReportAsync(name, tables, output);
        }

        return failed ? 1 : 0;
    }

    /// <summary>Prints one line per table and a summary; true when a table's counts differ.</summary>
    private static async Task<bool> ReportAsync(string name, IReadOnlyList<TableCopy> tables, TextWriter output)
    {
        foreach (var table in tables.Where(t => t.Source > 0 || t.Target > 0))
        {
            await output.WriteLineAsync($"{name}: {table.Table,-28} {table.Source,9} rows, {table.Copied,9} copied, {table.Target,9} in target{(table.Verified ? "" : "  COUNTS DIFFER")}");
        }

        var copied = tables.Sum(t => t.Copied);
        var mismatched = tables.Where(t => !t.Verified).Select(t => t.Table).ToList();
        await output.WriteLineAsync(mismatched.Count > 0
            ? $"{name}: counts differ in {string.Join(", ", mismatched)}: the target holds rows the source does not (another database's?)"
            : copied == 0
                ? $"{name}: nothing new to copy; all {tables.Count} tables verified ({tables.Sum(t => t.Source)} rows)"
                : $"{name}: copied {copied} rows; all {tables.Count} tables verified ({tables.Sum(t => t.Source)} rows)");
        return mismatched.Count > 0;
    }
}
