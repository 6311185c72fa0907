using System.Text.Json;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Domain.Catalog;

/// <summary>catalog.schema.json (for editors) follows the loader, the authority.</summary>
public class CatalogSchemaTests
{
    private static JsonDocument Schema() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("seed-data", "catalog", "catalog.schema.json")));

    [Fact]
    public void Schema_field_kinds_match_the_domain_enum()
    {
        using var schema = Schema();
        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("field").GetProperty("properties").GetProperty("kind")
            .GetProperty("enum").EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).Order().ToList();
        Assert.Equal(Enum.GetNames<FieldKind>().Select(n => n.ToLowerInvariant()).Order(), kinds);
    }

    [Fact]
    public void Schema_material_references_override_what_the_loader_accepts()
    {
        using var schema = Schema();
        var reference = schema.RootElement.GetProperty("$defs").GetProperty("materialReference").GetProperty("oneOf")[1];
        var overrides = reference.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "use");

        Assert.Equal(MaterialReader.Overridable.Order(StringComparer.Ordinal), overrides.Order(StringComparer.Ordinal));
        Assert.Contains(schema.RootElement.GetProperty("oneOf").EnumerateArray(), b => b.GetProperty("required")[0].GetString() == "materials");
    }
}
