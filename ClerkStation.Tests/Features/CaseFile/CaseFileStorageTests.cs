using ClerkStation.Features.CaseFile;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Tests.Features.BackOffice;
using ClerkStation.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>
/// The write path of the case file: the type comes from the bytes, limits hold, equal bytes are stored once, and no
/// crash point loses an attached page or leaves a file behind for good.
/// </summary>
public sealed class CaseFileStorageTests(CaseFileAppFactory app) : IClassFixture<CaseFileAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_png_is_stored_as_a_png_whatever_the_browser_called_it()
    {
        // The request carries no name or type at all: only the bytes decide.
        var page = await app.AttachAsync(Actors.Clerk, Guid.NewGuid(), "holder-id", TestPages.Png());

        Assert.Equal("image/png", page.ContentType);
        var file = await app.SendAsync(Actors.Clerk, new OpenMaterialPage(page.Id, Thumbnail: false));
        Assert.NotNull(file);
        Assert.Equal("page-1.png", file.DownloadName);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], (await File.ReadAllBytesAsync(file.Path, Ct)).Take(4));
    }

    [Theory]
    [InlineData("script")]
    [InlineData("html")]
    [InlineData("fake-jpeg")]
    [InlineData("empty")]
    public async Task A_file_that_is_not_a_jpeg_png_or_pdf_is_refused_and_leaves_nothing(string kind)
    {
        byte[] bytes = kind switch
        {
            "script" => "#!/bin/sh\nrm -rf /\n"u8.ToArray(),
            "html" => "<script>alert(document.cookie)</script>"u8.ToArray(),
            "fake-jpeg" => [0xFF, 0xD8, 0xFF, 0xE0, .. "not really a jpeg at all, only its first bytes"u8.ToArray()],
            _ => [],
        };
        var key = Guid.NewGuid();
        var before = app.StoredFiles().Count;

        var refused = await Assert.ThrowsAsync<InvalidPageException>(() => app.AttachAsync(Actors.Clerk, key, "holder-id", bytes));

        Assert.Equal(kind switch { "fake-jpeg" => CaseFileCodes.Undecodable, "empty" => CaseFileCodes.Empty, _ => CaseFileCodes.UnknownType }, refused.Code);
        Assert.Empty(await app.SendAsync(Actors.Clerk, new GetDraftPages(key)));
        Assert.Equal(before, app.StoredFiles().Count);
        Assert.Empty(app.TempFiles());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_while_streaming_and_leaves_nothing()
    {
        // A PDF header and then 400 kB: the copy stops at 300 kB, before the whole file was ever read.
        var big = new byte[400_000];
        "%PDF-1.7\n"u8.CopyTo(big);
        var source = new CountingStream(big);

        var refused = await Assert.ThrowsAsync<InvalidPageException>(() =>
            app.SendAsync(Actors.Clerk, new AttachMaterialPage(Guid.NewGuid(), "holder-id", source)));

        Assert.Equal(CaseFileCodes.TooLarge, refused.Code);
        Assert.True(source.BytesRead <= CaseFileAppFactory.MaxFile + 81920, $"read {source.BytesRead} bytes");
        Assert.Empty(app.TempFiles());
    }

    [Fact]
    public async Task An_application_takes_pages_up_to_its_total_limit_and_no_further()
    {
        var key = Guid.NewGuid();
        var attached = 0L;
        InvalidPageException? refused = null;
        for (var i = 0; i < 10 && refused is null; i++)
        {
            // Different PDFs of 250 kB each: 700 kB hold two.
            var pdf = new byte[250_000];
            "%PDF-1.7\n"u8.CopyTo(pdf);
            pdf[100] = (byte)i;
            try
            {
                attached += (await app.AttachAsync(Actors.Clerk, key, "change-proof", pdf)).Size;
            }
            catch (InvalidPageException ex)
            {
                refused = ex;
            }
        }

        Assert.Equal(CaseFileCodes.CaseTooLarge, refused?.Code);
        Assert.Equal(2, (await app.SendAsync(Actors.Clerk, new GetDraftPages(key))).Count);
        Assert.True(attached <= CaseFileAppFactory.MaxCase);
    }

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
    public async Task A_photo_is_turned_upright_capped_and_stripped_of_exif_and_gps()
    {
        // Stored 4000×3000 sideways (EXIF orientation 6): upright it is 3000 wide and 4000 high, capped to 2250×3000.
        var page = await app.AttachAsync(Actors.Clerk, Guid.NewGuid(), "holder-id", TestPages.JpegWithExif(4000, 3000));
        var stored = await File.ReadAllBytesAsync((await app.SendAsync(Actors.Clerk, new OpenMaterialPage(page.Id, false)))!.Path, Ct);

        Assert.Equal("image/jpeg", page.ContentType);
        Assert.Equal((2250, 3000), (TestPages.SizeOf(stored).Width, TestPages.SizeOf(stored).Height));
        Assert.Equal(-1, stored.AsSpan().IndexOf("Exif"u8));
        Assert.True(TestPages.JpegWithExif(40, 30).AsSpan().IndexOf("Exif"u8) > 0, "the input did carry an Exif block");
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

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var n = await base.ReadAsync(buffer, cancellationToken);
            BytesRead += n;
            return n;
        }
    }

    private sealed class BrokenStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Position > 0 ? throw new IOException("connection lost") : await base.ReadAsync(buffer[..Math.Min(buffer.Length, 100)], cancellationToken);
    }
}
