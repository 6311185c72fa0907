using System.Text.Json;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Json;

// Scalar properties: text, bilingual text, numbers, booleans, enumerations.
internal sealed partial class JsonObjectReader
{
    public string? String(string name, bool required, Regex? pattern = null)
    {
        if (!Present(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _log.Add(PathOf(name), $"'{name}' must be a string, not {Describe(value)}", JsonProblemKind.WrongType);
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            _log.Add(PathOf(name), $"'{name}' must not be empty", JsonProblemKind.Empty);
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
            _log.Add(PathOf(name), $"'{name}' must be a whole number, not {Describe(value)}", JsonProblemKind.WrongType);
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
            _log.Add(PathOf(name), $"'{name}' must be a number, not {Describe(value)}", JsonProblemKind.WrongType);
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
            _log.Add(PathOf(name), $"'{name}' must be true or false, not {Describe(value)}", JsonProblemKind.WrongType);
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
}
