using System.Globalization;
using System.Text.Json;

namespace ClerkStation.Domain.Json;

/// <summary>Every data file is read the same way: as strict UTF-8, leniently as JSON (comments, trailing commas), then strictly checked.</summary>
internal static class JsonFile
{
    public static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The file's text, or null (logged at <c>$</c> with byte offset and line) when it is not valid UTF-8.</summary>
    public static string? Decode(byte[] content, ProblemLog log)
    {
        if (StrictUtf8.Decode(content) is { } text)
        {
            return text;
        }

        var (offset, line) = StrictUtf8.FirstInvalid(content);
        log.Add("$", Utf8Message(offset, line), JsonProblemKind.Encoding, Number(offset), Number(line));
        return null;
    }

    /// <summary>The words of an invalid-UTF-8 report, the same for every data file.</summary>
    public static string Utf8Message(int offset, int line) => $"invalid UTF-8 at byte offset {offset} (line {line}): save the file as UTF-8";

    /// <summary>The document, or null (logged at <c>$</c> with line and position) when the text is not JSON.</summary>
    public static JsonDocument? Parse(string json, ProblemLog log)
    {
        try
        {
            return JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            log.Add("$", $"not valid JSON at line {line}, position {column}: {ex.Message}", JsonProblemKind.Syntax, Number(line), Number(column));
            return null;
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
