using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Training;
using ClerkStation.Tests.Domain.Training;
using Microsoft.Data.Sqlite;

namespace ClerkStation.Tests.Features.Training;

/// <summary>
/// An app of its own with a production and a practice SQLite file, a practice scenario, and the figures read straight
/// from either file: what the practice workspace tests share.
/// </summary>
public abstract class PracticeWorkspaceBase : FreshAppTest<ClerkAppFactory>
{
    protected static readonly string ApplicantId = ScenarioParserTests.ValidId("330902", "19700101", "151");

    // A promised RS item (routed to reviewer.rs's department) whose department asks for a supplement.
    protected static readonly string ScenarioJson = $$"""
        {
          "code": "RS-TEST-1",
          "title": { "zh": "就业困难人员认定（测试）", "en": "Hard-to-employ status (test)" },
          "persona": { "kind": "person", "name": "测试人", "idNumber": "{{ApplicantId}}", "says": { "zh": "我五十岁了找不到工作", "en": "I'm 50 and can't find work" },
                       "documents": [ { "material": "id-card" }, { "material": "difficulty-form" } ] },
          "expected": { "target": "RS-012", "decision": "accept",
                        "materials": { "id-card": "original", "difficulty-form": "original" },
                        "fields": { "difficultyCategory": "age", "applicant.name": "测试人" } },
          "departmentResponse": { "kind": "request-supplement", "supplementItems": ["近三个月求职记录"] }
        }
        """;

    /// <summary>The trainer saves <see cref="ScenarioJson"/> and the trainee starts a run of it: the trainee, signed in.</summary>
    protected static async Task<Actor> TraineeInRunAsync(ClerkAppFactory app)
    {
        await app.SendAsync(await app.SignedInAsync("trainer"), new SaveScenario(ScenarioJson));
        var trainee = await app.SignedInAsync("trainee");
        await app.SendAsync(trainee, new StartScenarioRun("RS-TEST-1", null));
        return trainee;
    }

    protected static Applicant Applicant() => new(ApplicantKind.Person, "测试人", ApplicantId, "13905801234");

    protected static SubmitApplication Submit(Guid key) => new(key, "RS-012", Applicant(),
        """{"difficultyCategory":"age","unemployedSince":"2026-01-05","declaration":"true"}""",
        new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.Original, ["difficulty-form"] = MaterialStatus.Original });

    protected sealed record Figures(long Cases, long Decisions, long Submissions, long Audit);

    protected static async Task<Figures> FiguresAsync(string file) => new(
        await ScalarAsync(file, "SELECT COUNT(*) FROM Cases"),
        await ScalarAsync(file, "SELECT COUNT(*) FROM IntakeDecisions"),
        await ScalarAsync(file, "SELECT COUNT(*) FROM IntakeSubmissions"),
        await ScalarAsync(file, "SELECT COUNT(*) FROM AuditEntries"));

    protected static async Task<long> ScalarAsync(string file, string sql) => (long)(await RawAsync(file, sql))!;

    protected static async Task<string?> ScalarStringAsync(string file, string sql) => (string?)await RawAsync(file, sql);

    private static async Task<object?> RawAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
