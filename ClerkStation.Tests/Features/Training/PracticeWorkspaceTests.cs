using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.Counter;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using ClerkStation.Tests.Domain.Training;
using ClerkStation.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Training;

/// <summary>The practice workspace against two real SQLite files: what practice writes, and what production never sees.</summary>
[Trait("Database", "SqliteOnly")] // reads both SQLite files directly
public sealed class PracticeWorkspaceTests : IAsyncLifetime
{
    private readonly ClerkAppFactory _app = new();

    private static readonly string ApplicantId = ScenarioParserTests.ValidId("330902", "19700101", "151");

    // A promised RS item (routed to reviewer.rs's department) whose department asks for a supplement.
    private static readonly string ScenarioJson = $$"""
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

    public ValueTask InitializeAsync()
    {
        _ = _app.Services; // starts the host: both databases migrated
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_practice_run_touches_only_the_practice_database_and_production_figures_are_unchanged()
    {
        var trainer = await _app.SignedInAsync("trainer");
        var trainee = await _app.SignedInAsync("trainee");
        var clerk = await _app.SignedInAsync("clerk");

        // A real production case first, so "unchanged" is measured against something.
        await _app.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.True((await _app.SendAsync(trainer, new SaveScenario(ScenarioJson))).Saved);
        Assert.Equal(1, await _app.SendAsync(trainer, new AssignScenarios(trainee.UserId, ["RS-TEST-1"])));
        var before = await FiguresAsync(_app.DatabasePath);
        Assert.Equal(1, before.Cases);
        var assignment = (await _app.SendAsync(trainee, new GetMyTraining())).Assignments.Single();
        var runId = await _app.SendAsync(trainee, new StartScenarioRun("RS-TEST-1", assignment.Id));

        var outcome = await _app.SendAsync(trainee, Submit(Guid.NewGuid()));
        await _app.SendAsync(trainee, new IssueOneTimeNotice(Guid.NewGuid(), "RS-012", Applicant(), [new ClerkStation.Domain.Intake.NoticeLine(
            ClerkStation.Domain.Intake.NoticeLineKind.Material, "id-card", new LocalizedText("身份证", "ID"), new LocalizedText("缺", "missing"))], null));
        await _app.SendAsync(trainee, new RefuseApplication(Guid.NewGuid(), "RS-012", Applicant(), "练习"));

        // Production: exactly as before.
        Assert.Equal(before, await FiguresAsync(_app.DatabasePath));
        // Practice: the trainee's case, notice and refusal.
        var practice = await FiguresAsync(_app.PracticeDatabasePath);
        Assert.Equal(new Figures(1, 2, practice.Submissions, practice.Audit), practice);
        Assert.True(practice.Submissions >= 3);
        Assert.Equal(outcome.Cases.Single().Number, await ScalarStringAsync(_app.PracticeDatabasePath, "SELECT Number FROM Cases"));
        Assert.StartsWith("LX-", outcome.Cases.Single().Number, StringComparison.Ordinal); // a practice number never looks real

        // The run was scored, in production, and the assignment completed.
        var result = await _app.SendAsync(trainee, new GetRunResult(runId));
        Assert.NotNull(result);
        Assert.Equal(100, result.Run.Percent);
        Assert.Contains(result.Lines, l => l is { Aspect: ClerkStation.Domain.Training.ScoreAspect.Decision, Passed: true });
        Assert.Equal(runId, (await _app.SendAsync(trainee, new GetMyTraining())).Assignments.Single().CompletedRunId);
        Assert.Equal(0L, await ScalarAsync(_app.PracticeDatabasePath, "SELECT COUNT(*) FROM TrainingRuns"));
    }

    [Fact]
    public async Task A_scenario_that_expects_an_e_licence_gives_its_applicant_that_licence_in_practice_only()
    {
        var trainer = await _app.SignedInAsync("trainer");
        var trainee = await _app.SignedInAsync("trainee");
        var holder = ScenarioParserTests.ValidId("330902", "19750305", "262");
        var scenario = $$"""
            {
              "code": "MZ-TEST-LX",
              "title": { "zh": "低保（电子证照）", "en": "Minimum living allowance (e-licence)" },
              "persona": { "kind": "person", "name": "证照人", "idNumber": "{{holder}}", "says": { "zh": "户口簿在系统里有", "en": "The household register is on file" },
                           "documents": [ { "material": "id-card" } ] },
              "expected": { "target": "MZ-001", "decision": "accept",
                            "materials": { "id-card": "original", "household-register": "e-license" } }
            }
            """;
        Assert.True((await _app.SendAsync(trainer, new SaveScenario(scenario))).Saved);

        await _app.SendAsync(trainee, new StartScenarioRun("MZ-TEST-LX", null));
        await _app.SendAsync(trainee, new StartScenarioRun("MZ-TEST-LX", null)); // a second run finds the first run's licence

        // The trainee at the practice counter finds the 户口簿 held and usable, as a clerk finds a real applicant's.
        var held = await _app.SendAsync(trainee, new ClerkStation.Features.Licences.GetHeldLicences(holder));
        var licence = Assert.Single(held);
        Assert.Equal("hukou-book", licence.TypeCode);
        Assert.True(licence.IsUsable);
        Assert.Equal(1L, await ScalarAsync(_app.PracticeDatabasePath, $"SELECT COUNT(*) FROM Licences WHERE HolderId = '{holder}'"));
        Assert.Equal(0L, await ScalarAsync(_app.DatabasePath, $"SELECT COUNT(*) FROM Licences WHERE HolderId = '{holder}'"));
    }

    [Fact]
    public async Task Production_lists_never_include_practice_cases()
    {
        var trainee = await _app.SignedInAsync("trainee");
        var clerk = await _app.SignedInAsync("clerk");
        var reviewer = await _app.SignedInAsync("reviewer.rs");
        var practiceCase = (await _app.SendAsync(trainee, Submit(Guid.NewGuid()))).Cases.Single();
        var realCase = (await _app.SendAsync(clerk, Submit(Guid.NewGuid()))).Cases.Single();

        var queue = await _app.SendAsync(reviewer, new GetDepartmentQueue());
        Assert.Contains(queue, r => r.Number == realCase.Number);
        Assert.DoesNotContain(queue, r => r.Number == practiceCase.Number);
        Assert.Single(queue); // the practice case is not there under any number
        Assert.Null(await _app.SendAsync(clerk, new ClerkStation.Features.Printing.GetCaseReceipt(practiceCase.Number)));
    }

    [Fact]
    public async Task The_simulated_department_answers_as_scripted_and_the_trainee_completes_the_cycle()
    {
        var trainer = await _app.SignedInAsync("trainer");
        var trainee = await _app.SignedInAsync("trainee");
        await _app.SendAsync(trainer, new SaveScenario(ScenarioJson));
        await _app.SendAsync(trainee, new StartScenarioRun("RS-TEST-1", null));
        var accepted = (await _app.SendAsync(trainee, Submit(Guid.NewGuid()))).Cases.Single();

        var row = (await _app.SendAsync(trainee, new GetMyPracticeCases())).Single();
        Assert.Equal(CaseStatus.SupplementRequested, row.Status);
        Assert.Equal(["近三个月求职记录"], row.SupplementItems);

        await _app.SendAsync(trainee, new RecordCaseSupplement(accepted.Id));
        Assert.Equal(CaseStatus.ReadyForDelivery, (await _app.SendAsync(trainee, new GetMyPracticeCases())).Single().Status);
        await _app.SendAsync(trainee, new DeliverCase(accepted.Id, DeliveryMethod.Window, row.ApplicantName, row.ApplicantIdNumber, null));
        Assert.Equal(CaseStatus.Delivered, (await _app.SendAsync(trainee, new GetMyPracticeCases())).Single().Status);
        Assert.Equal(0L, await ScalarAsync(_app.DatabasePath, "SELECT COUNT(*) FROM Cases"));
    }

    [Fact]
    public async Task Practice_days_are_the_centers_days_even_before_eight_in_the_morning()
    {
        // 23:30 UTC on Tue 3 Mar is 07:30 on Wed 4 Mar at the center: the simulated reviewer's pause starts on the 4th.
        await using var app = new FixedClockAppFactory();
        app.Clock.Now = new DateTimeOffset(2026, 3, 3, 23, 30, 0, TimeSpan.Zero);
        var trainer = await app.SignedInAsync("trainer");
        var trainee = await app.SignedInAsync("trainee");
        await app.SendAsync(trainer, new SaveScenario(ScenarioJson));
        await app.SendAsync(trainee, new StartScenarioRun("RS-TEST-1", null));
        var accepted = (await app.SendAsync(trainee, Submit(Guid.NewGuid()))).Cases.Single();

        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Practice.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var practiced = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == accepted.Id, TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2026, 3, 4), practiced.AcceptedOn);
        Assert.Equal(new DateOnly(2026, 3, 4), practiced.PausedSince);
    }

    [Fact]
    public async Task In_production_the_back_office_is_not_simulated_and_practice_actions_are_refused()
    {
        var clerk = await _app.SignedInAsync("clerk");
        await _app.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.Equal("Routed", await ScalarStringAsync(_app.DatabasePath, "SELECT Status FROM Cases"));
        await Assert.ThrowsAsync<PracticeOnlyException>(() => _app.SendAsync(clerk, new StartScenarioRun("RS-T01", null)));
    }

    [Fact]
    public async Task A_clerk_switches_into_practice_explicitly_and_the_switch_is_audited_in_production()
    {
        var clerk = await _app.SignedInAsync("clerk");
        Assert.Equal(WorkspaceKind.Practice, await _app.SendAsync(clerk, new SwitchWorkspace(true)));
        await _app.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.Equal(0L, await ScalarAsync(_app.DatabasePath, "SELECT COUNT(*) FROM Cases"));
        Assert.Equal(1L, await ScalarAsync(_app.PracticeDatabasePath, "SELECT COUNT(*) FROM Cases"));

        Assert.Equal(WorkspaceKind.Production, await _app.SendAsync(clerk, new SwitchWorkspace(false)));
        await _app.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.Equal(1L, await ScalarAsync(_app.DatabasePath, "SELECT COUNT(*) FROM Cases"));
        Assert.Equal(2L, await ScalarAsync(_app.DatabasePath, "SELECT COUNT(*) FROM AuditEntries WHERE Action LIKE 'WorkspaceSwitch:%'"));

        var trainee = await _app.SignedInAsync("trainee");
        await Assert.ThrowsAsync<AccessDeniedException>(() => _app.SendAsync(trainee, new SwitchWorkspace(false)));
    }

    [Fact]
    public async Task A_trainer_resets_a_trainees_practice_data_and_nobody_elses()
    {
        var trainer = await _app.SignedInAsync("trainer");
        var trainee = await _app.SignedInAsync("trainee");
        var clerk = await _app.SignedInAsync("clerk");
        await _app.SendAsync(clerk, new SwitchWorkspace(true));
        await _app.SendAsync(trainee, Submit(Guid.NewGuid()));
        await _app.SendAsync(trainee, new RefuseApplication(Guid.NewGuid(), "RS-012", Applicant(), "练习"));
        await _app.SendAsync(clerk, Submit(Guid.NewGuid()));

        var summary = await _app.SendAsync(trainer, new ResetPracticeData(trainee.UserId));
        Assert.Equal(1, summary.Cases);
        Assert.Equal(1, summary.Decisions);
        Assert.Equal(1L, await ScalarAsync(_app.PracticeDatabasePath, "SELECT COUNT(*) FROM Cases"));
        Assert.Equal(0L, await ScalarAsync(_app.PracticeDatabasePath, "SELECT COUNT(*) FROM IntakeDecisions"));
    }

    public static TheoryData<string> NotTrainers => ["trainee", "clerk", "reviewer.rs"];

    [Theory]
    [MemberData(nameof(NotTrainers))]
    public async Task Trainer_only_requests_are_refused_to_everyone_else(string user)
    {
        var actor = await _app.SignedInAsync(user);
        await Assert.ThrowsAsync<AccessDeniedException>(() => _app.SendAsync(actor, new GetTrainerOverview()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _app.SendAsync(actor, new AssignScenarios(actor.UserId, ["RS-T01"])));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _app.SendAsync(actor, new ResetPracticeData(actor.UserId)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _app.SendAsync(actor, new SaveScenario(ScenarioJson)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => _app.SendAsync(actor, new GetScenarioSource("RS-T01")));
    }

    [Fact]
    public async Task The_trainer_sees_each_trainees_runs_with_the_weakest_areas_first()
    {
        var trainer = await _app.SignedInAsync("trainer");
        var trainee = await _app.SignedInAsync("trainee");
        await _app.SendAsync(trainer, new SaveScenario(ScenarioJson));
        await _app.SendAsync(trainee, new StartScenarioRun("RS-TEST-1", null));
        await _app.SendAsync(trainee, new RefuseApplication(Guid.NewGuid(), "RS-012", Applicant(), "错误的决定"));

        var overview = await _app.SendAsync(trainer, new GetTrainerOverview());
        var progress = overview.Trainees.Single(t => t.TraineeId == trainee.UserId);
        var run = progress.Runs.Single();
        Assert.True(run.Percent < 100);
        Assert.Equal("rs", progress.WeakestDepartments.Single().Area);
        Assert.Equal("RS-012", progress.WeakestItems.Single().Area);
        Assert.True(overview.Scenarios.Count >= 31);
    }

    private static Applicant Applicant() => new(ApplicantKind.Person, "测试人", ApplicantId, "13905801234");

    private static SubmitApplication Submit(Guid key) => new(key, "RS-012", Applicant(),
        """{"difficultyCategory":"age","unemployedSince":"2026-01-05","declaration":"true"}""",
        new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.Original, ["difficulty-form"] = MaterialStatus.Original });

    private sealed record Figures(long Cases, long Decisions, long Submissions, long Audit);

    private static async Task<Figures> FiguresAsync(string file) => new(
        await ScalarAsync(file, "SELECT COUNT(*) FROM Cases"),
        await ScalarAsync(file, "SELECT COUNT(*) FROM IntakeDecisions"),
        await ScalarAsync(file, "SELECT COUNT(*) FROM IntakeSubmissions"),
        await ScalarAsync(file, "SELECT COUNT(*) FROM AuditEntries"));

    private static async Task<long> ScalarAsync(string file, string sql) => (long)(await RawAsync(file, sql))!;

    private static async Task<string?> ScalarStringAsync(string file, string sql) => (string?)await RawAsync(file, sql);

    private static async Task<object?> RawAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
