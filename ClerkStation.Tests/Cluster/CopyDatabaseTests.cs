using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Cli;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Cluster;

/// <summary>The app on SQLite whatever the test run's provider: the center that moves into the city's database.</summary>
public sealed class SqliteAppFactory() : ClerkAppFactory(demoHistory: false, sqlite: true);

/// <summary>`copy-database --to …`: a center that started on SQLite moves into PostgreSQL, all rows, verified, re-runnable.</summary>
public sealed class CopyDatabaseTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly Applicant WangFang = new(ApplicantKind.Person, "王芳", TestIds.WangFang, "13800138000", "定海区展茅街道");

    private DatabaseSettings Settings => app.Services.GetRequiredService<DatabaseSettings>();

    [Fact]
    [Trait("Database", "PostgreSQL")]
    public async Task Every_row_is_copied_verified_and_a_second_run_copies_nothing_new()
    {
        Assert.SkipUnless(TestPostgres.Enabled, $"needs a PostgreSQL server in {TestPostgres.Variable} (.ci/run starts one)");
        var accepted = Assert.Single((await app.SendAsync(Actors.Clerk, new SubmitApplication(
            Guid.NewGuid(), "MZ-012", WangFang,
            new FormData().Set("changeReason", "account").Set("holderName", "李明").Set("holderId", TestIds.LiMing).ToJson(),
            new Dictionary<string, MaterialStatus>()))).Cases);
        var database = TestPostgres.NewDatabaseName();
        try
        {
            var first = new StringWriter();
            Assert.Equal(0, await CopyDatabaseCommand.RunAsync(Settings, ["copy-database", "--to", TestPostgres.ConnectionString(database)], first, TestContext.Current.CancellationToken));
            Assert.Matches(@"production: copied \d+ rows; all \d+ tables verified", first.ToString());
            Assert.DoesNotContain("COUNTS DIFFER", first.ToString(), StringComparison.Ordinal);

            var second = new StringWriter();
            Assert.Equal(0, await CopyDatabaseCommand.RunAsync(Settings, ["copy-database", "--to", TestPostgres.ConnectionString(database)], second, TestContext.Current.CancellationToken));
            Assert.Matches(@"production: nothing new to copy; all \d+ tables verified", second.ToString());

            // The case reads back the same on PostgreSQL: number, times with their +08:00 offset, events, accounts.
            var source = await LoadAsync(Settings, Settings.Production, accepted.Number);
            var postgres = Settings with { Provider = DatabaseProvider.PostgreSQL };
            var copied = await LoadAsync(postgres, TestPostgres.ConnectionString(database), accepted.Number);
            Assert.Equal(source.Case.AcceptedAt, copied.Case.AcceptedAt);
            Assert.Equal(source.Case.AcceptedAt.Offset, copied.Case.AcceptedAt.Offset);
            Assert.Equal(source.Case.DueDate, copied.Case.DueDate);
            Assert.Equal(source.Case.Applicant, copied.Case.Applicant);
            Assert.Equal(source.Case.Events.Select(e => (e.Type, e.At)), copied.Case.Events.Select(e => (e.Type, e.At)));
            Assert.Equal(source.Users, copied.Users);
        }
        finally
        {
            TestPostgres.Drop(database, database + "_practice");
        }
    }

    [Theory]
    [InlineData("not a connection string", "not a PostgreSQL connection string")]
    [InlineData("Host=127.0.0.1;Port=1;Database=nowhere;Username=clerk;Password=secret;Timeout=3", "cannot open the PostgreSQL database")]
    public async Task A_bad_connection_string_is_a_clear_error(string target, string message)
    {
        var output = new StringWriter();

        var exit = await CopyDatabaseCommand.RunAsync(Settings, ["copy-database", "--to", target], output, TestContext.Current.CancellationToken);

        Assert.Equal(1, exit);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_target_it_prints_the_usage()
    {
        var output = new StringWriter();

        Assert.Equal(1, await CopyDatabaseCommand.RunAsync(Settings, ["copy-database"], output, TestContext.Current.CancellationToken));
        Assert.StartsWith("usage: copy-database --to", output.ToString(), StringComparison.Ordinal);
    }

    private static async Task<(Case Case, List<string> Users)> LoadAsync(DatabaseSettings settings, string connection, string number)
    {
        await using var db = settings.Create(settings.Options(connection, []));
        var found = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).Select(u => u.UserName + "/" + u.PasswordHash).ToListAsync();
        return (found, users);
    }
}
