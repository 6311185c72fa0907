namespace ClerkStation.Features.CaseFile;

/// <summary>The kinds of file a page may be, decided from the first bytes (magic numbers), never from the name.</summary>
public enum PageKind
{
    Unknown,
    Jpeg,
    Png,
    Pdf,
}

public static class PageContent
{
    public const int SniffLength = 8;

    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static PageKind Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return PageKind.Jpeg;
        }

        if (head.StartsWith(PngMagic))
        {
            return PageKind.Png;
        }

        return head.StartsWith("%PDF-"u8) ? PageKind.Pdf : PageKind.Unknown;
    }

    public static string ContentType(PageKind kind) => kind switch
    {
        PageKind.Jpeg => "image/jpeg",
        PageKind.Png => "image/png",
        PageKind.Pdf => "application/pdf",
        _ => "application/octet-stream",
    };

    public static string Extension(string contentType) => contentType switch
    {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "application/pdf" => "pdf",
        _ => "bin",
    };
}
