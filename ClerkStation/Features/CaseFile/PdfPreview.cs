using SkiaSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// What ClerkStation can show of a PDF without a rasterizer (ADR 0016): its page count, and for a scanned PDF (the first
/// page is one image covering the page, as scanners and 高拍仪 write them) a real thumbnail of that image. A PDF of text
/// and drawings, or one PdfPig cannot read, keeps the page-shaped placeholder.
/// </summary>
public static class PdfPreview
{
    /// <summary>The share of the page an image must cover for the page to count as a scan.</summary>
    private const double ScanCover = 0.8;

    /// <summary>Writes the thumbnail of the PDF at <paramref name="path"/> and returns its page count (1 when unreadable).</summary>
    public static int Thumbnail(string path, Stream thumbnail, int thumbLongSide)
    {
        var pages = 1;
        byte[]? scan = null;
        try
        {
            // From a file stream: PdfPig reads what it parses, not the whole file into memory.
            using var file = File.OpenRead(path);
            using var document = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true });
            pages = Math.Max(1, document.NumberOfPages);
            scan = ScanThumbnail(document.GetPage(1), thumbLongSide);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // Not readable by PdfPig (damaged, encrypted, unusual): stored as sent, shown with the placeholder.
        }

        if (scan is null)
        {
            ImageNormalizer.PdfPlaceholder(thumbnail, thumbLongSide);
        }
        else
        {
            thumbnail.Write(scan);
        }

        return pages;
    }

    private static byte[]? ScanThumbnail(Page page, int thumbLongSide)
    {
        var pageArea = Math.Abs(page.Width * page.Height);
        var image = page.GetImages().MaxBy(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height));
        if (image is null || pageArea <= 0 || Math.Abs(image.BoundingBox.Width * image.BoundingBox.Height) < ScanCover * pageArea)
        {
            return null;
        }

        // A DCT (JPEG) image's raw bytes are the JPEG itself; anything else PdfPig can turn into a PNG.
        using var bitmap = SKBitmap.Decode(image.RawBytes.ToArray()) ?? (image.TryGetPng(out var png) ? SKBitmap.Decode(png) : null);
        if (bitmap is null || bitmap.Width == 0 || bitmap.Height == 0)
        {
            return null;
        }

        var scale = Math.Min(1f, thumbLongSide / (float)Math.Max(bitmap.Width, bitmap.Height));
        var size = new SKImageInfo(Math.Max(1, (int)(bitmap.Width * scale)), Math.Max(1, (int)(bitmap.Height * scale)));
        using var thumb = bitmap.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        if (thumb is null)
        {
            return null;
        }

        using var encoded = thumb.Encode(SKEncodedImageFormat.Jpeg, 75);
        return encoded?.ToArray();
    }
}
