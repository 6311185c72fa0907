using SkiaSharp;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// Normalizes a scanned or photographed page with SkiaSharp (ADR 0010): the EXIF orientation is applied to the pixels,
/// the long side is capped, and the image is re-encoded, which drops every metadata block (EXIF, GPS, XMP, comments).
/// JPEG stays JPEG; PNG (line art, screenshots) stays PNG. Also makes the thumbnail the review page shows.
/// </summary>
public static class ImageNormalizer
{
    /// <summary>Decodes <paramref name="input"/>, writes the normalized image to <paramref name="output"/> and the thumbnail to <paramref name="thumbnail"/>.</summary>
    /// <exception cref="InvalidPageException">The bytes start like an image but do not decode as one.</exception>
    public static void Normalize(Stream input, PageKind kind, Stream output, Stream thumbnail, int maxLongSide, int thumbLongSide, int quality)
    {
        using var codec = SKCodec.Create(input) ?? throw new InvalidPageException("undecodable");
        var origin = codec.EncodedOrigin;
        var info = codec.Info;
        var swap = SwapsSides(origin);
        var (width, height) = swap ? (info.Height, info.Width) : (info.Width, info.Height);
        var scale = Math.Min(1f, maxLongSide / (float)Math.Max(width, height));

        // A JPEG decodes directly at 1/2, 1/4 … when the cap allows: much faster than decoding full size and shrinking.
        var decodeSize = codec.GetScaledDimensions(scale);
        if (decodeSize.Width < info.Width * scale || decodeSize.Height < info.Height * scale)
        {
            decodeSize = info.Size;
        }

        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKColorType.Rgba8888, kind == PageKind.Png ? SKAlphaType.Premul : SKAlphaType.Opaque);
        using var decoded = new SKBitmap(decodeInfo);
        var result = codec.GetPixels(decodeInfo, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new InvalidPageException("undecodable");
        }

        var target = new SKSizeI(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));

        // When the decode already has the target's pixel count (a JPEG decoded at 6/8, 4/8 … or a page under the cap),
        // turning it upright is a pixel-exact copy: no resampling, and none at all for an upright page. Resampling a
        // 3000×2250 page onto itself cost ~200 ms of CPU, more than decoding and encoding together (casefile.md).
        var exact = (swap ? new SKSizeI(target.Height, target.Width) : target) == decoded.Info.Size;
        using var redrawn = exact && origin == SKEncodedOrigin.TopLeft ? null : Draw(decoded, origin, target, kind, exact);
        var upright = redrawn ?? decoded;
        Encode(upright, kind == PageKind.Png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, quality, output);

        var thumbScale = Math.Min(1f, thumbLongSide / (float)Math.Max(target.Width, target.Height));
        var thumbInfo = new SKImageInfo(Math.Max(1, (int)(target.Width * thumbScale)), Math.Max(1, (int)(target.Height * thumbScale)));
        using var thumb = upright.Resize(thumbInfo, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) ?? throw new InvalidPageException("undecodable");
        Encode(thumb, SKEncodedImageFormat.Jpeg, 75, thumbnail);
    }

    /// <summary>A plain page-shaped placeholder for a PDF: the served packages cannot rasterize PDF pages.</summary>
    public static void PdfPlaceholder(Stream thumbnail, int thumbLongSide)
    {
        var height = thumbLongSide;
        var width = (int)(height / 1.414);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xF4, 0xF4, 0xF4));
            using var border = new SKPaint { Color = new SKColor(0x9E, 0x9E, 0x9E), Style = SKPaintStyle.Stroke, StrokeWidth = 3 };
            canvas.DrawRect(6, 6, width - 12, height - 12, border);
            using var band = new SKPaint { Color = new SKColor(0xC6, 0x28, 0x28), Style = SKPaintStyle.Fill };
            canvas.DrawRect(6, height * 0.42f, width - 12, height * 0.16f, band);
            using var lines = new SKPaint { Color = new SKColor(0xBD, 0xBD, 0xBD), Style = SKPaintStyle.Fill };
            for (var y = height * 0.12f; y < height * 0.38f; y += height * 0.06f)
            {
                canvas.DrawRect(width * 0.15f, y, width * 0.7f, height * 0.02f, lines);
            }
        }

        Encode(bitmap, SKEncodedImageFormat.Jpeg, 80, thumbnail);
    }

    private static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKBitmap Draw(SKBitmap source, SKEncodedOrigin origin, SKSizeI target, PageKind kind, bool exact)
    {
        var bitmap = new SKBitmap(new SKImageInfo(target.Width, target.Height, SKColorType.Rgba8888, kind == PageKind.Png ? SKAlphaType.Premul : SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(kind == PageKind.Png ? SKColors.Transparent : SKColors.White);
        var (w, h) = ((float)target.Width, (float)target.Height);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight: canvas.Translate(w, 0); canvas.Scale(-1, 1); break;
            case SKEncodedOrigin.BottomRight: canvas.Translate(w, h); canvas.RotateDegrees(180); break;
            case SKEncodedOrigin.BottomLeft: canvas.Translate(0, h); canvas.Scale(1, -1); break;
            case SKEncodedOrigin.LeftTop: canvas.Scale(-1, 1); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightTop: canvas.Translate(w, 0); canvas.RotateDegrees(90); break;
            case SKEncodedOrigin.RightBottom: canvas.Translate(w, h); canvas.Scale(-1, 1); canvas.RotateDegrees(-90); break;
            case SKEncodedOrigin.LeftBottom: canvas.Translate(0, h); canvas.RotateDegrees(-90); break;
        }

        // In the source's own axes the drawn rectangle is the (possibly swapped) target size.
        var drawn = SwapsSides(origin) ? new SKRect(0, 0, h, w) : new SKRect(0, 0, w, h);
        using var image = SKImage.FromBitmap(source);
        // Exact: a quarter turn or a mirror maps pixel centres onto pixel centres, so nearest is lossless and cheap.
        // Otherwise ≤ 2× down (the decode took the rest): linear, with no mipmap chain of 12 MP to build.
        canvas.DrawImage(image, drawn, new SKSamplingOptions(exact ? SKFilterMode.Nearest : SKFilterMode.Linear, SKMipmapMode.None));
        canvas.Flush();
        return bitmap;
    }

    private static void Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality, Stream output)
    {
        using var data = bitmap.Encode(format, quality) ?? throw new InvalidPageException("undecodable");
        data.SaveTo(output);
    }
}

/// <summary>A file that cannot be a page: unknown type, empty, undecodable, or over a limit. <see cref="Code"/> names the resource key.</summary>
public sealed class InvalidPageException(string code) : Exception("invalid page: " + code)
{
    public string Code { get; } = code;
}
