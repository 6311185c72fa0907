using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace ClerkStation.Domain.Json;

/// <summary>Reads data files (catalog, calendar, licence library) as UTF-8 and nothing else: an invalid byte is an error, never a silent U+FFFD.</summary>
internal static class StrictUtf8
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text without a byte order mark; null when the bytes are not valid UTF-8.</summary>
    public static string? Decode(byte[] content)
    {
        var body = content.AsSpan(BomLength(content));
        try
        {
            return Encoding.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Where the first invalid sequence starts: its offset in the file (0-based, BOM included) and its line (1-based).</summary>
    public static (int Offset, int Line) FirstInvalid(byte[] content)
    {
        var start = BomLength(content);
        var buffer = new char[content.Length];
        var status = Utf8.ToUtf16(content.AsSpan(start), buffer, out var read, out _, replaceInvalidSequences: false);
        var offset = status == OperationStatus.Done ? content.Length : start + read;
        return (offset, content.AsSpan(0, offset).Count((byte)'\n') + 1);
    }

    private static int BomLength(byte[] content) =>
        content is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
}
