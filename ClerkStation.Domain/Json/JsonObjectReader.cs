using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Json;

/// <summary>
/// Strict reading of one JSON object: unknown or duplicate property names, missing required ones and wrong types
/// are all logged with their JSON path, and reading goes on with a null / default value.
/// </summary>
internal sealed class JsonObjectReader
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
            log.Add(path, $"{what} must be an object, not {Describe(element)}");
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                log.Add($"{path}.{property.Name}", $"property '{property.Name}' appears twice");
            }
            else if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                log.Add($"{path}.{property.Name}", unknown(property.Name));
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

    public string? String(string name, bool required, Regex? pattern = null)
    {
        if (!Present(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _log.Add(PathOf(name), $"'{name}' must be a string, not {Describe(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            _log.Add(PathOf(name), $"'{name}' must not be empty");
            return null;
        }

        if (pattern is not null && !pattern.IsMatch(text))
        {
            _log.Add(PathOf(name), $"'{name}' value '{text}' does not match {pattern}");
        }

        return text;
    }

    /// <summary>Bilingual text; <paramref name="englishRequired"/> for names and labels, not for prose.</summary>
    public LocalizedText? Text(string name, bool required, bool englishRequired)
    {
        if (!Present(name, required, out var value))
        {
            return null;
        }

        var reader = Open(value, PathOf(name), _log, $"'{name}'", "zh", "en");
        if (reader is null)
        {
            return null;
        }

        var zh = reader.String("zh", required: true);
        string? en;
        if (englishRequired)
        {
            en = reader.String("en", required: true);
        }
        else
        {
            en = reader.Get("en") is { ValueKind: JsonValueKind.String } e ? e.GetString() : reader.String("en", required: false);
        }

        return zh is null ? null : new LocalizedText(zh, en ?? string.Empty);
    }

    public int? Int(string name, bool required, int min = int.MinValue)
    {
        if (!Present(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            _log.Add(PathOf(name), $"'{name}' must be a whole number, not {Describe(value)}");
            return null;
        }

        if (number < min)
        {
            _log.Add(PathOf(name), $"'{name}' must be at least {min}, not {number}");
        }

        return number;
    }

    public decimal? Decimal(string name)
    {
        if (!Present(name, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            _log.Add(PathOf(name), $"'{name}' must be a number, not {Describe(value)}");
            return null;
        }

        return number;
    }

    public bool Bool(string name, bool required, bool fallback = false)
    {
        if (!Present(name, required, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            _log.Add(PathOf(name), $"'{name}' must be true or false, not {Describe(value)}");
            return fallback;
        }

        return value.GetBoolean();
    }

    public T? Enum<T>(string name, bool required, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (values.TryGetValue(text, out var result))
        {
            return result;
        }

        _log.Add(PathOf(name), $"'{name}' value '{text}' is not one of: {string.Join(", ", values.Keys)}");
        return null;
    }

    /// <summary>An object property read strictly, or null (logged when required or when it is not an object).</summary>
    public JsonObjectReader? Object(string name, bool required, string what, params string[] allowed) =>
        Present(name, required, out var value) ? Open(value, PathOf(name), _log, what, allowed) : null;

    /// <summary>
    /// An object used as a map (keys chosen by the author, e.g. material code → status): its properties with their
    /// paths; empty (logged) when it is not an object.
    /// </summary>
    public IReadOnlyList<(string Key, JsonElement Value, string Path)> Map(string name, string what)
    {
        if (!Present(name, required: false, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _log.Add(PathOf(name), $"'{name}' must be an object of {what}, not {Describe(value)}");
            return [];
        }

        return [.. value.EnumerateObject().Select(p => (p.Name, p.Value, $"{PathOf(name)}.{p.Name}"))];
    }

    /// <summary>A value inside a map or array that must be a string; null (logged at its path) when it is not.</summary>
    public string? StringAt(JsonElement value, string path, string what)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        _log.Add(path, $"{what} must be a string, not {Describe(value)}");
        return null;
    }

    /// <summary>The elements of an array property with their paths; empty (logged) when it is not an array.</summary>
    public IReadOnlyList<(JsonElement Element, string Path)> Array(string name, bool required)
    {
        if (!Present(name, required, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _log.Add(PathOf(name), $"'{name}' must be an array, not {Describe(value)}");
            return [];
        }

        return [.. value.EnumerateArray().Select((e, i) => (e, $"{PathOf(name)}[{i}]"))];
    }

    public IReadOnlyList<string> Strings(string name, bool required = false)
    {
        var result = new List<string>();
        foreach (var (element, path) in Array(name, required))
        {
            if (element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(element.GetString()))
            {
                result.Add(element.GetString()!);
            }
            else
            {
                _log.Add(path, $"'{name}' must hold non-empty strings, not {Describe(element)}");
            }
        }

        return result;
    }

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
            _log.Add(PathOf(name), $"missing required property '{name}'");
        }

        value = default;
        return false;
    }

    /// <summary>A close known name, so that "unknown property" or "unknown code" becomes an actionable typo report.</summary>
    public static string? Suggest(string name, IEnumerable<string> allowed) =>
        allowed.Select(a => (Name: a, Distance: Distance(name.ToLower(CultureInfo.InvariantCulture), a.ToLower(CultureInfo.InvariantCulture))))
            .Where(x => x.Distance <= 2)
            .OrderBy(x => x.Distance)
            .Select(x => x.Name)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
