using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClerkStation.Domain.Forms;

/// <summary>The stored JSON of form data: written in key order with Chinese kept readable, read leniently in the contract's shape.</summary>
public sealed partial class FormData
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep Chinese readable in the stored JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

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
