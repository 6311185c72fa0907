using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Training;
using ClerkStation.Tests.Domain.Training;

namespace ClerkStation.Tests.Features.Training;

/// <summary>
/// The practice workspace against two real SQLite files: what practice writes, and what production never sees.
/// </summary>
[Trait("Database", "SqliteOnly")] // reads both SQLite files directly
public sealed class PracticeIsolationTests : PracticeWorkspaceBase
{
    [Fact]
    public async Task A_practice_run_touches_only_the_practice_database_and_production_figures_are_unchanged()
    {
        var trainer = await App.SignedInAsync("trainer");
        var trainee = await App.SignedInAsync("trainee");
        var clerk = await App.SignedInAsync("clerk");

        // A real production case first, so "unchanged" is measured against something.
        await App.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.True((await App.SendAsync(trainer, new SaveScenario(ScenarioJson))).Saved);
        Assert.Equal(1, await App.SendAsync(trainer, new AssignScenarios(trainee.UserId, ["RS-TEST-1"])));
        var before = await FiguresAsync(App.DatabasePath);
        Assert.Equal(1, before.Cases);
        var assignment = (await App.SendAsync(trainee, new GetMyTraining())).Assignments.Single();
        var runId = await App.SendAsync(trainee, new StartScenarioRun("RS-TEST-1", assignment.Id));

        var outcome = await App.SendAsync(trainee, Submit(Guid.NewGuid()));
        await App.SendAsync(trainee, new IssueOneTimeNotice(Guid.NewGuid(), "RS-012", Applicant(), "{}", new Dictionary<string, MaterialStatus>(), [new NoticeLine(
            NoticeLineKind.Material, "id-card", new LocalizedText("身份证", "ID"), new LocalizedText("缺", "missing"))], null));
        await App.SendAsync(trainee, new RefuseApplication(Guid.NewGuid(), "RS-012", Applicant(), "练习"));

        // Production: exactly as before.
        Assert.Equal(before, await FiguresAsync(App.DatabasePath));
        // Practice: the trainee's case, notice and refusal.
        var practice = await FiguresAsync(App.PracticeDatabasePath);
        Assert.Equal(new Figures(1, 2, practice.Submissions, practice.Audit), practice);
        Assert.True(practice.Submissions >= 3);
        Assert.Equal(outcome.Cases.Single().Number, await ScalarStringAsync(App.PracticeDatabasePath, "SELECT Number FROM Cases"));
        Assert.StartsWith("LX-", outcome.Cases.Single().Number, StringComparison.Ordinal); // a practice number never looks real

        // The run was scored, in production, and the assignment completed.
        var result = await App.SendAsync(trainee, new GetRunResult(runId));
        Assert.NotNull(result);
        Assert.Equal(100, result.Run.Percent);
        Assert.Contains(result.Lines, l => l is { Aspect: ClerkStation.Domain.Training.ScoreAspect.Decision, Passed: true });
        Assert.Equal(runId, (await App.SendAsync(trainee, new GetMyTraining())).Assignments.Single().CompletedRunId);
        Assert.Equal(0L, await ScalarAsync(App.PracticeDatabasePath, "SELECT COUNT(*) FROM TrainingRuns"));
    }

    [Fact]
    public async Task A_scenario_that_expects_an_e_licence_gives_its_applicant_that_licence_in_practice_only()
    {
        var trainer = await App.SignedInAsync("trainer");
        var trainee = await App.SignedInAsync("trainee");
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
        Assert.True((await App.SendAsync(trainer, new SaveScenario(scenario))).Saved);

        await App.SendAsync(trainee, new StartScenarioRun("MZ-TEST-LX", null));
        await App.SendAsync(trainee, new StartScenarioRun("MZ-TEST-LX", null)); // a second run finds the first run's licence

        // The trainee at the practice counter finds the 户口簿 held and usable, as a clerk finds a real applicant's.
        var held = await App.SendAsync(trainee, new ClerkStation.Features.Licences.GetHeldLicences(holder));
        var licence = Assert.Single(held);
        Assert.Equal("hukou-book", licence.TypeCode);
        Assert.True(licence.IsUsable);
        Assert.Equal(1L, await ScalarAsync(App.PracticeDatabasePath, $"SELECT COUNT(*) FROM Licences WHERE HolderId = '{holder}'"));
        Assert.Equal(0L, await ScalarAsync(App.DatabasePath, $"SELECT COUNT(*) FROM Licences WHERE HolderId = '{holder}'"));
    }

    [Fact]
    public async Task Production_lists_never_include_practice_cases()
    {
        var trainee = await App.SignedInAsync("trainee");
        var clerk = await App.SignedInAsync("clerk");
        var reviewer = await App.SignedInAsync("reviewer.rs");
        var practiceCase = (await App.SendAsync(trainee, Submit(Guid.NewGuid()))).Cases.Single();
        var realCase = (await App.SendAsync(clerk, Submit(Guid.NewGuid()))).Cases.Single();

        var queue = await App.SendAsync(reviewer, new GetDepartmentQueue());
        Assert.Contains(queue, r => r.Number == realCase.Number);
        Assert.DoesNotContain(queue, r => r.Number == practiceCase.Number);
        Assert.Single(queue); // the practice case is not there under any number
        Assert.Null(await App.SendAsync(clerk, new ClerkStation.Features.Printing.GetCaseReceipt(practiceCase.Number)));
    }
}
