using System.Net;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Complaints;
using ClerkStation.Features.Ratings;
using ClerkStation.Features.Statistics;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Features.Supervisor;

/// <summary>Every new request refuses anyone who is not a supervisor (the pipeline, before any handler runs).</summary>
public sealed class SupervisorAuthorizationTests(KnownFloor known) : IClassFixture<KnownFloor>
{
    private static readonly Dictionary<string, object> SupervisorOnly = new()
    {
        [nameof(GetFloor)] = new GetFloor(),
        [nameof(GetStaffDirectory)] = new GetStaffDirectory(),
        [nameof(FindCase)] = new FindCase("T-00001"),
        [nameof(ReassignCase)] = new ReassignCase(Guid.NewGuid(), null, "rs", "x"),
        [nameof(ReassignCaseClerk)] = new ReassignCaseClerk(Guid.NewGuid(), "c", "x"),
        [nameof(ReassignAllHeldBy)] = new ReassignAllHeldBy("a", "b", "x"),
        [nameof(IssueMissingRatingInvitations)] = new IssueMissingRatingInvitations(),
        [nameof(GetPendingRatings)] = new GetPendingRatings(),
        [nameof(GetRectificationTasks)] = new GetRectificationTasks(),
        [nameof(RecordRectificationCallback)] = new RecordRectificationCallback(Guid.NewGuid(), "x"),
        [nameof(RecordRectificationFix)] = new RecordRectificationFix(Guid.NewGuid(), "x"),
        [nameof(AppealRating)] = new AppealRating(Guid.NewGuid(), "x"),
        [nameof(DecideRatingAppeal)] = new DecideRatingAppeal(Guid.NewGuid(), true, "x"),
        [nameof(CloseRectification)] = new CloseRectification(Guid.NewGuid()),
        [nameof(AssignComplaint)] = new AssignComplaint(Guid.NewGuid(), "x"),
        [nameof(ResolveComplaint)] = new ResolveComplaint(Guid.NewGuid(), "x"),
        [nameof(CloseComplaint)] = new CloseComplaint(Guid.NewGuid()),
        [nameof(GetComplaints)] = new GetComplaints(),
        [nameof(GetStatistics)] = new GetStatistics(new StatisticsFilter(D("2026-03-01"), D("2026-03-11"))),
    };

    public static TheoryData<string, StaffRole?> Refusals()
    {
        var data = new TheoryData<string, StaffRole?>();
        foreach (var name in SupervisorOnly.Keys)
        {
            foreach (var role in new StaffRole?[] { StaffRole.Clerk, StaffRole.Reviewer, StaffRole.Admin, null })
            {
                data.Add(name, role);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Supervisor_requests_are_refused_to_everyone_else(string request, StaffRole? role)
    {
        var actor = role is { } r ? Actor.Create("u-" + r, "someone", [r], ["mz"]) : null;
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
            await known.App.SendAsync(actor, m => m.Send(SupervisorOnly[request], TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Invitations_and_complaints_are_refused_to_reviewers_and_the_public()
    {
        foreach (var actor in new[] { Actors.ReviewerMz, null })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => known.App.SendAsync(actor, m => m.Send(new CreateRatingInvitation(known.C9.Id), TestContext.Current.CancellationToken)));
            await Assert.ThrowsAsync<AccessDeniedException>(() => known.App.SendAsync(actor, m => m.Send(new RecordComplaint("王五", null, null, null, "x"), TestContext.Current.CancellationToken)));
        }
    }

    [Fact]
    public async Task The_csv_export_needs_a_signed_in_supervisor()
    {
        using var client = known.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(StatisticsCsv.Path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rating_page_works_anonymously_only_with_a_valid_token()
    {
        var token = (await known.App.SendAsync(Actors.Supervisor, m => m.Send(new CreateRatingInvitation(known.C12.Id), TestContext.Current.CancellationToken))).Token;
        using var client = known.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var page = await client.GetAsync("/rate/" + token, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(known.C12.Number, html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"rate-already\"", html, StringComparison.Ordinal); // C12 was rated in the data set

        var unknown = await (await client.GetAsync("/rate/not-a-real-token-1234567890", TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"rate-unknown\"", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("rate-submit", unknown, StringComparison.Ordinal);
        _ = RatingLevel.Satisfied;
    }
}
