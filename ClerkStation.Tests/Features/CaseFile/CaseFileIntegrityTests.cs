using ClerkStation.Features.CaseFile;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Features.BackOffice;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>
/// The case file's bytes and rows stay in step: equal bytes are stored once, no crash point (a file never committed,
/// an upload cut off, a failed acceptance) loses an attached page or leaves a file behind for good, and /healthz sees
/// a page whose file is gone.
/// </summary>
public sealed class CaseFileIntegrityTests(CaseFileAppFactory app) : IClassFixture<CaseFileAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_same_bytes_twice_are_two_pages_and_one_file()
    {
        var key = Guid.NewGuid();
        var png = TestPages.Png(97, 61, 0x11);
        var first = await app.AttachAsync(Actors.Clerk, key, "holder-id", png);
        var files = app.StoredFiles().Count;
        var second = await app.AttachAsync(Actors.Clerk, key, "holder-id", png);

        Assert.Equal(files, app.StoredFiles().Count);
        Assert.Equal([1, 2], (await app.SendAsync(Actors.Clerk, new GetDraftPages(key))).Select(p => p.PageOrder));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal((await app.SendAsync(Actors.Clerk, new OpenMaterialPage(first.Id, false)))!.Path, (await app.SendAsync(Actors.Clerk, new OpenMaterialPage(second.Id, false)))!.Path);
    }

    [Fact]
    public async Task A_file_written_but_never_committed_is_swept_after_the_grace_period_and_not_before()
    {
        // The state a crash between "file moved into place" and "row committed" leaves: a file no row names.
        var orphan = await app.Store.StoreAsync(app.Root(WorkspaceKind.Production), new MemoryStream(TestPages.Png(33, 33, 0x77)), 1_000_000, Ct);
        var kept = await app.AttachAsync(Actors.Clerk, Guid.NewGuid(), "holder-id", TestPages.Png(34, 34, 0x78));
        var keptPath = (await app.SendAsync(Actors.Clerk, new OpenMaterialPage(kept.Id, false)))!.Path;
        var orphanPath = CaseFileStore.PathOf(app.Root(WorkspaceKind.Production), orphan.Hash);
        var sweeper = app.Services.GetRequiredService<OrphanFileSweeper>();

        await sweeper.SweepAsync(DateTimeOffset.UtcNow, Ct);
        Assert.True(File.Exists(orphanPath), "within the grace period an upload may still be committing");

        await sweeper.SweepAsync(DateTimeOffset.UtcNow.AddHours(2), Ct);
        Assert.False(File.Exists(orphanPath));
        Assert.False(File.Exists(CaseFileStore.ThumbnailOf(app.Root(WorkspaceKind.Production), orphan.Hash)));
        Assert.True(File.Exists(keptPath), "a file a row names is never swept");
    }

    [Fact]
    public async Task An_upload_cut_off_midway_leaves_no_row_and_no_file()
    {
        var key = Guid.NewGuid();
        var before = app.StoredFiles().Count;

        await Assert.ThrowsAsync<IOException>(() => app.SendAsync(Actors.Clerk, new AttachMaterialPage(key, "holder-id", new BrokenStream(TestPages.Jpeg()))));

        Assert.Empty(await app.SendAsync(Actors.Clerk, new GetDraftPages(key)));
        Assert.Equal(before, app.StoredFiles().Count);
        Assert.Empty(app.TempFiles());
    }

    [Fact]
    public async Task An_acceptance_that_fails_keeps_the_pages_with_the_draft_and_a_refusal_lets_them_go()
    {
        var key = Guid.NewGuid();
        var page = await app.AttachAsync(Actors.Clerk, key, "holder-id", TestPages.Png(50, 50, 0x21));

        // The decision's transaction fails (here: validation): the pages are still the application's.
        await Assert.ThrowsAnyAsync<Exception>(() => app.SendAsync(Actors.Clerk, new SubmitApplication(key, "NO-SUCH-ITEM",
            new ClerkStation.Domain.Cases.Applicant(ClerkStation.Domain.Catalog.ApplicantKind.Person, "张三", CaseScenario.ApplicantId, "13812345678"), "{}",
            new Dictionary<string, ClerkStation.Domain.Cases.MaterialStatus>())));
        Assert.Equal([page.Id], (await app.SendAsync(Actors.Clerk, new GetDraftPages(key))).Select(p => p.Id));

        // Discarding the draft drops the pages no case took; their files go with the next sweep.
        await app.SendAsync(Actors.Clerk, new DiscardDraft(key));
        Assert.Empty(await app.SendAsync(Actors.Clerk, new GetDraftPages(key)));
        Assert.Null(await app.SendAsync(Actors.Clerk, new OpenMaterialPage(page.Id, false)));
    }

    [Fact]
    public async Task Healthz_reports_a_page_row_whose_file_is_gone()
    {
        var client = app.CreateClient();
        var page = await app.AttachAsync(Actors.Clerk, Guid.NewGuid(), "holder-id", TestPages.Png(61, 61, 0x5A));
        Assert.DoesNotContain("without their file", await client.GetStringAsync("/healthz", Ct));

        File.Delete((await app.SendAsync(Actors.Clerk, new OpenMaterialPage(page.Id, false)))!.Path);

        var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/healthz", Ct)).RootElement.GetProperty("checks").GetProperty("casefile");
        Assert.Equal("Degraded", health.GetProperty("status").GetString());
        Assert.Contains("1 page rows without their file", health.GetProperty("description").GetString());

        // Put it back for the other tests of this class.
        await app.AttachAsync(Actors.Clerk, Guid.NewGuid(), "holder-id", TestPages.Png(61, 61, 0x5A));
    }

    private sealed class BrokenStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position > 0 ? throw new IOException("connection lost") : await base.ReadAsync(buffer[..Math.Min(buffer.Length, 100)], cancellationToken);
    }
}
