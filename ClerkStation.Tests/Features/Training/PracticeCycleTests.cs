using ClerkStation.Domain.Cases;
using ClerkStation.Features.FollowUps;
using ClerkStation.Features.Training;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Training;

/// <summary>
/// A trainee's whole practice cycle: the simulated department answers as scripted, on the center's days.
/// </summary>
[Trait("Database", "SqliteOnly")] // a practice workspace is a SQLite file of its own
public sealed class PracticeCycleTests : PracticeWorkspaceBase
{
    [Fact]
    public async Task The_simulated_department_answers_as_scripted_and_the_trainee_completes_the_cycle()
    {
        var trainee = await TraineeInRunAsync(App);
        var accepted = (await App.SendAsync(trainee, Submit(Guid.NewGuid()))).Cases.Single();

        var row = (await App.SendAsync(trainee, new GetMyPracticeCases())).Single();
        Assert.Equal(CaseStatus.SupplementRequested, row.Status);
        Assert.Equal(["近三个月求职记录"], row.SupplementItems);
        Assert.Contains(CaseAction.RecordSupplement, row.Allowed); // the trainee's list offers it, as the case allows

        await App.SendAsync(trainee, new RecordCaseSupplement(accepted.Id));
        Assert.Equal(CaseStatus.ReadyForDelivery, (await App.SendAsync(trainee, new GetMyPracticeCases())).Single().Status);
        await App.SendAsync(trainee, new DeliverCase(accepted.Id, DeliveryMethod.Window, row.ApplicantName, row.ApplicantIdNumber, null));
        Assert.Equal(CaseStatus.Delivered, (await App.SendAsync(trainee, new GetMyPracticeCases())).Single().Status);
        Assert.Equal(0L, await ScalarAsync(App.DatabasePath, "SELECT COUNT(*) FROM Cases"));
    }

    [Fact]
    public async Task The_simulated_answer_reaches_the_trainees_screens_as_a_reviewers_would()
    {
        var trainee = await TraineeInRunAsync(App);
        var published = new List<LiveChange>();
        App.Services.GetRequiredService<LiveUpdates>().Subscribe(_ => true, change => { lock (published) { published.Add(change); } return Task.CompletedTask; });

        var accepted = (await App.SendAsync(trainee, Submit(Guid.NewGuid()))).Cases.Single();

        // Accepted, then the simulated reviewer's claim and supplement request: each reaches the trainee's counter list.
        lock (published)
        {
            var toTrainee = published.Count(c => c.Topic == LiveUpdates.ClerkTopic(trainee.UserId) && c.CaseNumber == accepted.Number);
            Assert.True(toTrainee >= 3, $"the trainee's screens heard of the case {toTrainee} times");
        }
    }

    [Fact]
    public async Task Practice_days_are_the_centers_days_even_before_eight_in_the_morning()
    {
        // 23:30 UTC on Tue 3 Mar is 07:30 on Wed 4 Mar at the center: the simulated reviewer's pause starts on the 4th.
        await using var app = new FixedClockAppFactory();
        app.Clock.Now = new DateTimeOffset(2026, 3, 3, 23, 30, 0, TimeSpan.Zero);
        var trainee = await TraineeInRunAsync(app);
        var accepted = (await app.SendAsync(trainee, Submit(Guid.NewGuid()))).Cases.Single();

        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Practice.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var practiced = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == accepted.Id, TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2026, 3, 4), practiced.AcceptedOn);
        Assert.Equal(new DateOnly(2026, 3, 4), practiced.PausedSince);
    }
}
