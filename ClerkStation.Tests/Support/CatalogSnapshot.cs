using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Support;

/// <summary>
/// The loaded catalog as canonical JSON (departments, items with expanded forms and resolved materials, bundles with
/// merged forms): two catalog files that load to the same model give the same text.
/// </summary>
internal static class CatalogSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(), new ConditionConverter() },
    };

    public static string Of(ClerkStation.Domain.Catalog.Catalog catalog) => JsonSerializer.Serialize(catalog, Options);

    // Conditions are polymorphic: write each with its own type's properties and name.
    private sealed class ConditionConverter : JsonConverter<Condition>
    {
        public override bool CanConvert(Type typeToConvert) => typeof(Condition).IsAssignableFrom(typeToConvert);

        public override Condition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Condition value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(value.GetType().Name);
            var inner = JsonSerializer.SerializeToElement(value, value.GetType(), WithoutThis(options));
            inner.WriteTo(writer);
            writer.WriteEndObject();
        }

        private static JsonSerializerOptions WithoutThis(JsonSerializerOptions options)
        {
            var copy = new JsonSerializerOptions(options);
            copy.Converters.Remove(copy.Converters.OfType<ConditionConverter>().Single());
            copy.Converters.Add(new NestedConditions());
            return copy;
        }
    }

    // Inside a condition, nested conditions (all / any) go back through the polymorphic writer.
    private sealed class NestedConditions : JsonConverter<IReadOnlyList<Condition>>
    {
        public override IReadOnlyList<Condition> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<Condition> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var condition in value)
            {
                JsonSerializer.Serialize(writer, condition, Options);
            }

            writer.WriteEndArray();
        }
    }
}
