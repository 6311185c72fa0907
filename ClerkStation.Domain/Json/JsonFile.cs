using System.Text.Json;

namespace ClerkStation.Domain.Json;

/// <summary>Every data file is read the same way: leniently as JSON (comments, trailing commas), then strictly checked.</summary>
internal static class JsonFile
{
    public static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

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
            log.Add("$", $"not valid JSON at line {line}, position {column}: {ex.Message}");
            return null;
        }
    }
}
