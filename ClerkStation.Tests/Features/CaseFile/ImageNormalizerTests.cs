using ClerkStation.Features.CaseFile;
using SkiaSharp;

namespace ClerkStation.Tests.Features.CaseFile;

/// <summary>
/// What the reviewer sees of a photographed page: upright whatever way the phone was held, at most the configured long
/// side, with the content where it was. The test pages have a black top-left quarter, so the dark corner shows which way
/// the pixels were turned.
/// </summary>
public sealed class ImageNormalizerTests
{
    [Theory]
    [InlineData(400, 200, 3000)]   // under the cap: the quarter turn is a pixel-exact copy
    [InlineData(4000, 3000, 3000)] // decoded at 6/8 to the cap, then turned
    [InlineData(4000, 3000, 2000)] // decoded at 4/8, then turned
    [InlineData(4000, 3000, 1200)] // decoded at 2/8, then scaled the rest of the way and turned
    public void A_page_stored_sideways_comes_out_upright_with_its_top_left_corner_on_the_right(int storedWidth, int storedHeight, int cap)
    {
        using var page = Normalize(TestPages.JpegWithExif(storedWidth, storedHeight), cap);

        var expected = Capped(storedHeight, storedWidth, cap);
        Assert.Equal(expected, (page.Width, page.Height));
        Assert.True(IsDark(page, page.Width - 1 - page.Width / 16, page.Height / 16), "orientation 6 turns the stored top-left corner to the top right");
        Assert.False(IsDark(page, page.Width / 16, page.Height / 16), "the top left of the upright page was the stored bottom left");
        Assert.False(IsDark(page, page.Width - 1 - page.Width / 16, page.Height - 1 - page.Height / 16));
    }

    [Theory]
    [InlineData(400, 200, 3000)]
    [InlineData(4000, 3000, 3000)]
    [InlineData(3000, 4000, 1000)]
    public void An_upright_page_keeps_its_corner_and_is_capped_on_its_long_side(int width, int height, int cap)
    {
        using var page = Normalize(TestPages.Jpeg(width, height), cap);

        Assert.Equal(Capped(width, height, cap), (page.Width, page.Height));
        Assert.True(IsDark(page, page.Width / 16, page.Height / 16));
        Assert.False(IsDark(page, page.Width - 1 - page.Width / 16, page.Height / 16));
        Assert.False(IsDark(page, page.Width / 16, page.Height - 1 - page.Height / 16));
    }

    [Fact]
    public void A_png_keeps_its_transparency_and_size_under_the_cap()
    {
        using var transparent = new SKBitmap(new SKImageInfo(90, 60, SKColorType.Rgba8888, SKAlphaType.Premul));
        transparent.Erase(SKColors.Transparent);
        using var data = transparent.Encode(SKEncodedImageFormat.Png, 100);

        using var output = new MemoryStream();
        ImageNormalizer.Normalize(new MemoryStream(data.ToArray()), PageKind.Png, output, new MemoryStream(), 3000, 320, 85);
        using var page = SKBitmap.Decode(output.ToArray());

        Assert.Equal((90, 60), (page.Width, page.Height));
        Assert.Equal(0, page.GetPixel(45, 30).Alpha);
    }

    private static SKBitmap Normalize(byte[] jpeg, int cap)
    {
        using var output = new MemoryStream();
        using var thumbnail = new MemoryStream();
        ImageNormalizer.Normalize(new MemoryStream(jpeg), PageKind.Jpeg, output, thumbnail, cap, 320, 85);
        Assert.True(thumbnail.Length > 0, "a thumbnail is made with every page");
        return SKBitmap.Decode(output.ToArray());
    }

    private static (int, int) Capped(int width, int height, int cap)
    {
        var scale = Math.Min(1.0, cap / (double)Math.Max(width, height));
        return ((int)Math.Round(width * scale), (int)Math.Round(height * scale));
    }

    private static bool IsDark(SKBitmap page, int x, int y)
    {
        var pixel = page.GetPixel(x, y);
        return pixel.Red + pixel.Green + pixel.Blue < 150;
    }
}
