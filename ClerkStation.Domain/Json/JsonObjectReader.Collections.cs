using System.Text.Json;

namespace ClerkStation.Domain.Json;

// Object, map and array properties, each element with its JSON path.
internal sealed partial class JsonObjectReader
{
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
            _log.Add(PathOf(name), $"'{name}' must be an object of {what}, not {Describe(value)}", JsonProblemKind.WrongType);
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

        _log.Add(path, $"{what} must be a string, not {Describe(value)}", JsonProblemKind.WrongType);
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
            _log.Add(PathOf(name), $"'{name}' must be an array, not {Describe(value)}", JsonProblemKind.WrongType);
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
                _log.Add(path, $"'{name}' must hold non-empty strings, not {Describe(element)}", JsonProblemKind.WrongType);
            }
        }

        return result;
    }
}
