using Npgsql;

namespace ClerkStation.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests run against when <c>CLERK_TEST_POSTGRES</c> holds its connection string (`.ci/run`
/// starts a throw-away cluster and sets it); unset, every app factory uses SQLite files. Each factory gets databases of
/// its own, created by the app's migration and dropped when the factory is disposed.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "CLERK_TEST_POSTGRES";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server ? server : null;

    public static bool Enabled => Server is not null;

    /// <summary>A fresh database name on the server (lower case, so it needs no quoting).</summary>
    public static string NewDatabaseName() => "clerk_test_" + Guid.NewGuid().ToString("N")[..16];

    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Server ?? throw new InvalidOperationException($"{Variable} is not set.")) { Database = database }.ConnectionString;

    /// <summary>Drops the databases (with FORCE: a pooled connection of the disposed app may still be open).</summary>
    public static void Drop(params string[] databases)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        foreach (var database in databases)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
    }
}
