using ClerkStation.Features.Intake;
using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;

namespace ClerkStation.Tests.Features.Training;

/// <summary>
/// Who may enter, reset and watch practice: production refuses practice actions, the switch is audited, trainer
/// requests are the trainer's.
/// </summary>
[Trait("Database", "SqliteOnly")] // reads both SQLite files directly
public sealed class PracticeAccessTests : PracticeWorkspaceBase
{
    [Fact]
    public async Task In_production_the_back_office_is_not_simulated_and_practice_actions_are_refused()
    {
        var clerk = await App.SignedInAsync("clerk");
        await App.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.Equal("Routed", await ScalarStringAsync(App.DatabasePath, "SELECT Status FROM Cases"));
        await Assert.ThrowsAsync<PracticeOnlyException>(() => App.SendAsync(clerk, new StartScenarioRun("RS-T01", null)));
    }

    [Fact]
    public async Task A_clerk_switches_into_practice_explicitly_and_the_switch_is_audited_in_production()
    {
        var clerk = await App.SignedInAsync("clerk");
        Assert.Equal(WorkspaceKind.Practice, await App.SendAsync(clerk, new SwitchWorkspace(true)));
        await App.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.Equal(0L, await ScalarAsync(App.DatabasePath, "SELECT COUNT(*) FROM Cases"));
        Assert.Equal(1L, await ScalarAsync(App.PracticeDatabasePath, "SELECT COUNT(*) FROM Cases"));

        Assert.Equal(WorkspaceKind.Production, await App.SendAsync(clerk, new SwitchWorkspace(false)));
        await App.SendAsync(clerk, Submit(Guid.NewGuid()));
        Assert.Equal(1L, await ScalarAsync(App.DatabasePath, "SELECT COUNT(*) FROM Cases"));
        Assert.Equal(2L, await ScalarAsync(App.DatabasePath, "SELECT COUNT(*) FROM AuditEntries WHERE Action LIKE 'WorkspaceSwitch:%'"));

        var trainee = await App.SignedInAsync("trainee");
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(trainee, new SwitchWorkspace(false)));
    }

    [Fact]
    public async Task A_trainer_resets_a_trainees_practice_data_and_nobody_elses()
    {
        var trainer = await App.SignedInAsync("trainer");
        var trainee = await App.SignedInAsync("trainee");
        var clerk = await App.SignedInAsync("clerk");
        await App.SendAsync(clerk, new SwitchWorkspace(true));
        await App.SendAsync(trainee, Submit(Guid.NewGuid()));
        await App.SendAsync(trainee, new RefuseApplication(Guid.NewGuid(), "RS-012", Applicant(), "练习"));
        await App.SendAsync(clerk, Submit(Guid.NewGuid()));

        var summary = await App.SendAsync(trainer, new ResetPracticeData(trainee.UserId));
        Assert.Equal(1, summary.Cases);
        Assert.Equal(1, summary.Decisions);
        Assert.Equal(1L, await ScalarAsync(App.PracticeDatabasePath, "SELECT COUNT(*) FROM Cases"));
        Assert.Equal(0L, await ScalarAsync(App.PracticeDatabasePath, "SELECT COUNT(*) FROM IntakeDecisions"));
    }

    public static TheoryData<string> NotTrainers => ["trainee", "clerk", "reviewer.rs"];

    [Theory]
    [MemberData(nameof(NotTrainers))]
    public async Task Trainer_only_requests_are_refused_to_everyone_else(string user)
    {
        var actor = await App.SignedInAsync(user);
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(actor, new GetTrainerOverview()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(actor, new AssignScenarios(actor.UserId, ["RS-T01"])));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(actor, new ResetPracticeData(actor.UserId)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(actor, new SaveScenario(ScenarioJson)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(actor, new GetScenarioSource("RS-T01")));
    }

    [Fact]
    public async Task The_trainer_sees_each_trainees_runs_with_the_weakest_areas_first()
    {
        var trainee = await TraineeInRunAsync(App);
        var trainer = await App.SignedInAsync("trainer");
        await App.SendAsync(trainee, new RefuseApplication(Guid.NewGuid(), "RS-012", Applicant(), "错误的决定"));

        var overview = await App.SendAsync(trainer, new GetTrainerOverview());
        var progress = overview.Trainees.Single(t => t.TraineeId == trainee.UserId);
        var run = progress.Runs.Single();
        Assert.True(run.Percent < 100);
        Assert.Equal("rs", progress.WeakestDepartments.Single().Area);
        Assert.Equal("RS-012", progress.WeakestItems.Single().Area);
        Assert.True(overview.Scenarios.Count >= 31);
    }
}
