using ClerkStation.Features.CaseFile;
using SkiaSharp;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>PDF pages without a rasterizer (ADR 0016): the page count, and a real thumbnail of a scanned first page.</summary>
public sealed class PdfPreviewTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pdf-preview-{Guid.NewGuid():N}.pdf");

    private (int Pages, SKColor Centre, SKSizeI Size) Preview(byte[] pdf)
    {
        File.WriteAllBytes(_path, pdf);
        using var thumbnail = new MemoryStream();
        var pages = PdfPreview.Thumbnail(_path, thumbnail, 320);
        using var bitmap = SKBitmap.Decode(thumbnail.ToArray());
        Assert.NotNull(bitmap);
        return (pages, bitmap.GetPixel(bitmap.Width / 2, bitmap.Height / 2), new SKSizeI(bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void A_scanned_pdf_gets_a_thumbnail_of_its_first_page_and_its_page_count()
    {
        // The scan's background is (0x30, 0x80, 0xC0): blue, where the placeholder's middle is a red band.
        var (pages, centre, size) = Preview(TestPages.ScannedPdf(TestPages.Jpeg(620, 877, 0x30), 620, 877, pages: 3));

        Assert.Equal(3, pages);
        Assert.True(centre.Blue > 0x90 && centre.Red < 0x60, $"centre pixel {centre}");
        Assert.Equal(320, size.Height);
        Assert.InRange(size.Width, 224, 228);
    }

    [Fact]
    public void A_pdf_without_a_page_sized_image_keeps_the_placeholder()
    {
        var (pages, centre, _) = Preview(TestPages.Pdf());

        Assert.Equal(1, pages);
        Assert.True(centre.Red > 0xA0 && centre.Blue < 0x60, $"centre pixel {centre} is not the placeholder's band");
    }

    [Fact]
    public void An_unreadable_pdf_is_kept_with_the_placeholder_and_one_page()
    {
        var (pages, centre, _) = Preview("%PDF-1.7\n garbage that is no PDF at all"u8.ToArray());

        Assert.Equal(1, pages);
        Assert.True(centre.Red > 0xA0 && centre.Blue < 0x60, $"centre pixel {centre}");
    }

    public void Dispose() => File.Delete(_path);
}
