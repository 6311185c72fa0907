using System.Net;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.CaseFile;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>
/// Who sees a case's pages: the reviewers of its department, the supervisor and its clerk; everyone else gets nothing
/// (404 over HTTP), practice pages stay in practice, and every full view is audited.
/// </summary>
public sealed class CaseFileAccessTests(CaseFileAppFactory app) : IClassFixture<CaseFileAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_pages_follow_the_draft_into_the_case_in_the_order_the_clerk_arranged()
    {
        var key = Guid.NewGuid();
        var first = await app.AttachAsync(Actors.Clerk, key, "holder-id", TestPages.Png(40, 40, 1));
        var second = await app.AttachAsync(Actors.Clerk, key, "holder-id", TestPages.Jpeg(60, 40, 2));
        var pdf = await app.AttachAsync(Actors.Clerk, key, "change-proof", TestPages.Pdf());

        // A new session (a closed tab reopened) finds them with the draft; the clerk moves the photo first.
        Assert.Equal(3, (await app.SendAsync(Actors.Clerk, new GetDraftPages(key))).Count);
        Assert.True(await app.SendAsync(Actors.Clerk, new ArrangeDraftPage(second.Id, PageArrangement.MoveEarlier)));
        Assert.False(await app.SendAsync(Actors.Clerk2, new ArrangeDraftPage(first.Id, PageArrangement.Delete)));

        var number = (await app.AcceptAsync(Actors.Clerk, key)).Number;

        var file = await app.SendAsync(Actors.ReviewerMz, new GetCaseFile(number));
        Assert.Equal([(second.Id, 1), (first.Id, 2)], file.Where(p => p.MaterialCode == "holder-id").Select(p => (p.Id, p.PageOrder)));
        Assert.True(file.Single(p => p.Id == pdf.Id).IsPdf);
        Assert.Empty(await app.SendAsync(Actors.Clerk, new GetDraftPages(key)));
        await Assert.ThrowsAsync<InvalidPageException>(() => app.AttachAsync(Actors.Clerk, key, "holder-id", TestPages.Png(41, 41, 3)));
    }

    [Fact]
    public async Task Only_the_department_the_supervisor_and_the_clerk_see_a_case_file()
    {
        var key = Guid.NewGuid();
        var page = await app.AttachAsync(Actors.Clerk, key, "holder-id", TestPages.Png(42, 42, 4));
        var number = (await app.AcceptAsync(Actors.Clerk, key)).Number;

        foreach (var allowed in new[] { Actors.ReviewerMz, Actors.ReviewerMz2, Actors.Supervisor, Actors.Clerk })
        {
            Assert.NotNull(await app.SendAsync(allowed, new OpenMaterialPage(page.Id, false)));
            Assert.Single(await app.SendAsync(allowed, new GetCaseFile(number)));
        }

        foreach (var other in new[] { Actors.ReviewerRs, Actors.Clerk2 })
        {
            Assert.Null(await app.SendAsync(other, new OpenMaterialPage(page.Id, false)));
            Assert.Empty(await app.SendAsync(other, new GetCaseFile(number)));
        }

        foreach (var role in new[] { Actors.Trainer, Actors.Admin })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => app.SendAsync(role, new OpenMaterialPage(page.Id, false)));
        }
    }

    [Fact]
    public async Task Every_full_view_is_audited_and_thumbnails_are_not()
    {
        var key = Guid.NewGuid();
        var page = await app.AttachAsync(Actors.Clerk, key, "holder-id", TestPages.Png(43, 43, 5));
        var number = (await app.AcceptAsync(Actors.Clerk, key)).Number;

        await app.SendAsync(Actors.ReviewerMz, new OpenMaterialPage(page.Id, true));
        await app.SendAsync(Actors.ReviewerMz, new OpenMaterialPage(page.Id, false));
        await app.SendAsync(Actors.ReviewerMz, new OpenMaterialPage(page.Id, false));

        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var views = await db.AuditEntries.Where(a => a.Action == OpenMaterialPage.ViewCaseFile && a.Target == number).ToListAsync(Ct);
        Assert.Equal(2, views.Count);
        Assert.All(views, v => Assert.Equal(Actors.ReviewerMz.UserId, v.UserId));
    }

    [Fact]
    public async Task Over_http_another_departments_reviewer_gets_404_and_the_page_is_served_safely_to_its_own()
    {
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var clerkId = await db.Users.Where(u => u.UserName == "clerk").Select(u => u.Id).SingleAsync(Ct);
        var clerk = Actor.Create(clerkId, "王小燕", [StaffRole.Clerk]);
        var key = Guid.NewGuid();
        var page = await app.AttachAsync(clerk, key, "holder-id", TestPages.Png(44, 44, 6));
        await app.AcceptAsync(clerk, key);
        var url = CaseFileEndpoints.UrlFor(page.Id);

        var own = await (await app.SignedInClientAsync("reviewer.mz")).GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("image/png", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", own.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline; filename=\"page-1.png\"", own.Content.Headers.ContentDisposition?.ToString());

        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync("reviewer.rs")).GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync("clerk2")).GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignedInClientAsync("reviewer.mz")).GetAsync(CaseFileEndpoints.UrlFor(Guid.NewGuid()), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInClientAsync("clerk")).GetAsync(url + "?thumb=1", Ct)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await HttpSignIn.Client(app).GetAsync(url, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_trainees_pages_live_in_the_practice_store_and_database_only()
    {
        var key = Guid.NewGuid();
        var png = TestPages.Png(45, 45, 7);
        var page = await app.AttachAsync(Actors.Trainee, key, "holder-id", png);

        var file = await app.SendAsync(Actors.Trainee, new OpenMaterialPage(page.Id, false));
        Assert.NotNull(file);
        Assert.StartsWith(app.Root(WorkspaceKind.Practice), file.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(app.StoredFiles(WorkspaceKind.Production), f => Path.GetFileName(f) == Path.GetFileName(file.Path));
        Assert.NotEqual(app.Root(WorkspaceKind.Production), app.Root(WorkspaceKind.Practice));

        await using var production = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        Assert.False(await production.Set<MaterialPage>().AnyAsync(p => p.Id == page.Id, Ct));
        Assert.Null(await app.SendAsync(Actors.Supervisor, new OpenMaterialPage(page.Id, false)));
    }
}
