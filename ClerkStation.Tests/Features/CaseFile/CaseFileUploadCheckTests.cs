using ClerkStation.Features.CaseFile;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>
/// What an upload may be: the type comes from the bytes, the file and application limits hold (a file's while it
/// streams), a photo is turned upright and stripped of EXIF, and a refused file leaves nothing behind.
/// </summary>
public sealed class CaseFileUploadCheckTests(CaseFileAppFactory app) : IClassFixture<CaseFileAppFactory>
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
}
