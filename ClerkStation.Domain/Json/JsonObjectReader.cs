using System.Text.Json;

namespace ClerkStation.Domain.Json;

/// <summary>
/// Strict reading of one JSON object: unknown or duplicate property names, missing required ones and wrong types
/// are all logged with their JSON path, and reading goes on with a null / default value.
/// </summary>
internal sealed partial class JsonObjectReader
{
    private readonly JsonElement _element;
    private readonly ProblemLog _log;

    private JsonObjectReader(JsonElement element, string path, ProblemLog log)
    {
        _element = element;
        Path = path;
        _log = log;
    }

    public string Path { get; }

    /// <summary>A reader for an object, or null (logged) when the element is not an object.</summary>
    public static JsonObjectReader? Open(JsonElement element, string path, ProblemLog log, string what, params string[] allowed) =>
        Open(element, path, log, what, allowed, name =>
            $"unknown property '{name}'" + (Suggest(name, allowed) is { } hint ? $" (did you mean '{hint}'?)" : string.Empty));

    /// <summary>As <see cref="Open(JsonElement, string, ProblemLog, string, string[])"/>, with the caller's words for an unknown property.</summary>
    public static JsonObjectReader? Open(
        JsonElement element, string path, ProblemLog log, string what, IReadOnlyCollection<string> allowed, Func<string, string> unknown)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            log.Add(path, $"{what} must be an object, not {Describe(element)}", JsonProblemKind.NotAnObject);
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                log.Add($"{path}.{property.Name}", $"property '{property.Name}' appears twice", JsonProblemKind.DuplicateProperty);
            }
            else if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                log.Add($"{path}.{property.Name}", unknown(property.Name), JsonProblemKind.UnknownProperty, [.. allowed]);
            }
        }

        return new JsonObjectReader(element, path, log);
    }

    /// <summary>
    /// A string property of an element read before anything else (no problem logged), so that every later problem of
    /// the entry carries its code.
    /// </summary>
    public static string? Peek(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public string PathOf(string name) => $"{Path}.{name}";

    /// <summary>The property, or null when it is absent or JSON null.</summary>
    public JsonElement? Get(string name) =>
        _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public bool Has(string name) => Get(name) is not null;

    /// <summary>The property is present and JSON null (an override that removes a value).</summary>
    public bool IsNull(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null;

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    private bool Present(string name, bool required, out JsonElement value)
    {
        if (Get(name) is { } found)
        {
            value = found;
            return true;
        }

        if (required)
        {
            _log.Add(PathOf(name), $"missing required property '{name}'", JsonProblemKind.Missing);
        }

        value = default;
        return false;
    }
}
