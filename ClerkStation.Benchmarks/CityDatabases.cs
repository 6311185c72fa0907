using System.Diagnostics;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClerkStation.Benchmarks;

/// <summary>The city probe's databases: the million poured into PostgreSQL once, and copies spread over 36 centers.</summary>
internal static class CityDatabases
{
    internal static string Database(string server, string name) => new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

    /// <summary>
    /// The SQLite file's rows, poured once into a PostgreSQL database made by the app's migrations (<see cref="BenchCopy"/>);
    /// built under another name and renamed, so an interrupted build is never measured.
    /// (`copy-database` moves a center's file row by row through EF Core: about 900 rows a second at load 50, over an
    /// hour for this file — right for one center's move, too slow to set up a benchmark.)
    /// </summary>
    internal static async Task<string> PourOnceAsync(string sqlite, string server, string name)
    {
        var connection = Database(server, name);
        var settings = new DatabaseSettings(DatabaseProvider.PostgreSQL, connection, DatabaseSettings.PracticeOf(connection));
        await using (var existing = settings.Create(settings.Options(connection, [])))
        {
            if (await existing.Database.CanConnectAsync())
            {
                await existing.Database.MigrateAsync(); // indexes added to the app since: the figures are today's schema's
                return connection;
            }
        }

        var building = Database(server, name + "_building");
        await using (var db = settings.Create(settings.Options(building, [])))
        {
            await db.Database.EnsureDeletedAsync();
            await db.Database.MigrateAsync();
        }

        var started = Stopwatch.StartNew();
        var rows = BenchCopy.Pour(sqlite, building);
        Console.WriteLine($"Poured {rows:N0} rows of the SQLite file into PostgreSQL in {started.Elapsed.TotalSeconds:N0} s");

        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Database(server, "postgres"));
        await admin.OpenAsync();
        await using var rename = new NpgsqlCommand($"ALTER DATABASE {name}_building RENAME TO {name}", admin);
        await rename.ExecuteNonQueryAsync();
        return connection;
    }

    internal static async Task<string> TemplateCopyAsync(string server, string template, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Database(server, "postgres"));
        await admin.OpenAsync();
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name} TEMPLATE {template}" })
        {
            await using var command = new NpgsqlCommand(sql, admin) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
        return Database(server, name);
    }

    /// <summary>36 centers, and every case, rating and follow-up given to one of them by a stable hash of its row.</summary>
    internal static void Spread(System.Data.Common.DbConnection connection, string rowHash)
    {
        using (connection)
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            var quote = connection is NpgsqlConnection ? "\"" : "";
            string Q(string identifier) => quote + identifier + quote;
            var conflict = connection is NpgsqlConnection ? " ON CONFLICT DO NOTHING" : "";
            var insert = connection is NpgsqlConnection ? "INSERT INTO" : "INSERT OR IGNORE INTO";
            var statements = Enumerable.Range(1, CityProbe.CenterCount).Select(id =>
                    $"{insert} {Q("Centers")} ({Q("Id")}, {Q("Code")}, {Q("Name")}, {Q("County")}, {Q("CasePrefix")}, {Q("TimeZoneId")}) " +
                    $"VALUES ({id}, 'bench-{id:00}', '基准中心 {id:00}', '基准县', 'Q{(char)('A' + id / 26)}{(char)('A' + id % 26)}', 'Asia/Shanghai'){conflict}")
                .Concat(new[] { "Cases", "ServiceRatings", "RectificationTasks" }.Select(table =>
                    $"UPDATE {Q(table)} SET {Q("CenterId")} = 1 + ({rowHash} % {CityProbe.CenterCount})"));
            foreach (var sql in statements)
            {
                using var command = connection.CreateCommand();
                (command.CommandText, command.Transaction, command.CommandTimeout) = (sql, transaction, 1200);
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    internal static void Time(string what, Action action)
    {
        var started = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{what}: {started.Elapsed.TotalSeconds:N0} s");
    }
}
