using ClerkStation.Features.BackOffice;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.BackOffice.CaseScenario;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Features.BackOffice;

/// <summary>
/// Opening a case review is a query that writes nothing; the page records the view with a command of its own, for its
/// own department only.
/// </summary>
public sealed class CaseReviewAuditTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reading_a_review_writes_nothing_and_recording_the_view_audits_it()
    {
        var (id, number) = await SubmitPromisedAsync(app);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var before = await db.AuditEntries.CountAsync(Ct);

        var review = await app.SendAsync(ReviewerMz, new GetCaseReview(number));
        Assert.Equal(ApplicantId, review!.Case.Applicant.IdNumber);
        Assert.NotEmpty(review.Form.Fields);
        Assert.Equal(before, await db.AuditEntries.CountAsync(Ct));

        Assert.True(await app.SendAsync(ReviewerMz, new RecordCaseView(id)));
        var views = await db.AuditEntries.Where(a => a.Target == number && a.UserId == ReviewerMz.UserId).ToListAsync(Ct);
        var view = Assert.Single(views);
        Assert.Equal(RecordCaseView.ViewPersonalData, view.Action);
        Assert.True(view.Succeeded);
    }

    [Fact]
    public async Task A_view_of_another_departments_case_is_not_recorded()
    {
        var (id, number) = await SubmitPromisedAsync(app);

        Assert.False(await app.SendAsync(ReviewerRs, new RecordCaseView(id)));

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        Assert.False(await db.AuditEntries.AnyAsync(a => a.Action == RecordCaseView.ViewPersonalData && a.Target == number, Ct));
    }
}
