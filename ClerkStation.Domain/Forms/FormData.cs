using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClerkStation.Domain.Forms;

/// <summary>
/// Submitted form values keyed by field key: scalars as strings, multiselect values as string lists, groups as rows.
/// JSON shape per the contract: <c>{ "size": "3", "reasons": ["illness"], "members": [ { "name": "王芳" } ] }</c>.
/// </summary>
public sealed class FormData
{
    // One ordered map keeps key order stable for a lossless JSON round trip.
    // A value is string? (scalar), List<string> (list) or List<FormData> (group rows).
    private readonly List<string> _order = [];
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep Chinese readable in the stored JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IEnumerable<string> Keys => _order;

    public bool Has(string key) => _values.ContainsKey(key);

    public bool IsList(string key) => _values.TryGetValue(key, out var v) && v is List<string>;

    public bool IsGroup(string key) => _values.TryGetValue(key, out var v) && v is List<FormData>;

    /// <summary>The scalar value, or null when missing or not a scalar.</summary>
    public string? Get(string key) => _values.TryGetValue(key, out var v) ? v as string : null;

    public FormData Set(string key, string? value)
    {
        Put(key, value);
        return this;
    }

    /// <summary>The multiselect values; empty when missing.</summary>
    public IReadOnlyList<string> GetList(string key) =>
        _values.TryGetValue(key, out var v) && v is List<string> list ? list : [];

    public FormData SetList(string key, IEnumerable<string> values)
    {
        Put(key, values.ToList());
        return this;
    }

    /// <summary>The rows of a group; an empty list is created (and stored) when missing.</summary>
    public List<FormData> Rows(string groupKey)
    {
        if (_values.TryGetValue(groupKey, out var v))
        {
            if (v is List<FormData> rows)
            {
                return rows;
            }

            // An empty JSON array could be either shape; it becomes rows once asked for as rows.
            if (v is List<string> { Count: 0 })
            {
                var converted = new List<FormData>();
                _values[groupKey] = converted;
                return converted;
            }
        }

        var created = new List<FormData>();
        Put(groupKey, created);
        return created;
    }

    /// <summary>The rows of a group without creating anything; empty when missing or not a group.</summary>
    public IReadOnlyList<FormData> GetRows(string groupKey) =>
        _values.TryGetValue(groupKey, out var v) && v is List<FormData> rows ? rows : [];

    public FormData AddRow(string groupKey)
    {
        var row = new FormData();
        Rows(groupKey).Add(row);
        return row;
    }

    public void RemoveRow(string groupKey, int index)
    {
        var rows = Rows(groupKey);
        if (index >= 0 && index < rows.Count)
        {
            rows.RemoveAt(index);
        }
    }

    public bool Remove(string key)
    {
        _order.Remove(key);
        return _values.Remove(key);
    }

    /// <summary>A deep copy: rows and lists are not shared.</summary>
    public FormData Clone()
    {
        var copy = new FormData();
        foreach (var key in _order)
        {
            copy.Put(key, _values[key] switch
            {
                List<string> list => list.ToList(),
                List<FormData> rows => rows.Select(r => r.Clone()).ToList(),
                var scalar => scalar,
            });
        }

        return copy;
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads the contract's shape; numbers and booleans are accepted and kept as their JSON text.</summary>
    public static FormData FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("Form data must be a JSON object.");
        }

        return Read(document.RootElement);
    }

    public override string ToString() => ToJson();

    private void Put(string key, object? value)
    {
        if (!_values.ContainsKey(key))
        {
            _order.Add(key);
        }

        _values[key] = value;
    }

    private void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var key in _order)
        {
            writer.WritePropertyName(key);
            switch (_values[key])
            {
                case string s:
                    writer.WriteStringValue(s);
                    break;
                case List<string> list:
                    writer.WriteStartArray();
                    list.ForEach(writer.WriteStringValue);
                    writer.WriteEndArray();
                    break;
                case List<FormData> rows:
                    writer.WriteStartArray();
                    rows.ForEach(r => r.Write(writer));
                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteNullValue();
                    break;
            }
        }

        writer.WriteEndObject();
    }

    private static FormData Read(JsonElement element)
    {
        var data = new FormData();
        foreach (var property in element.EnumerateObject())
        {
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    data.Put(property.Name, null);
                    break;
                case JsonValueKind.String:
                    data.Put(property.Name, value.GetString());
                    break;
                case JsonValueKind.Array when value.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object):
                    data.Put(property.Name, value.EnumerateArray()
                        .Select(e => e.ValueKind == JsonValueKind.Object
                            ? Read(e)
                            : throw new FormatException($"'{property.Name}' mixes rows and values."))
                        .ToList());
                    break;
                case JsonValueKind.Array:
                    data.Put(property.Name, value.EnumerateArray().Select(ScalarText).ToList());
                    break;
                case JsonValueKind.Object:
                    throw new FormatException($"'{property.Name}' must be a string, an array of strings or an array of rows.");
                default:
                    data.Put(property.Name, ScalarText(value));
                    break;
            }
        }

        return data;
    }

    private static string ScalarText(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString()!,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        _ => throw new FormatException($"Unexpected {e.ValueKind} in a list of values."),
    };
}
