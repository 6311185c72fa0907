using System.Text.Json;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Domain.Catalog;

public class CatalogSchemaTests
{
    [Fact]
    public void Schema_field_kinds_match_the_domain_enum()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ClerkStation.sln")))
        {
            folder = folder.Parent;
        }

        Assert.NotNull(folder);
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.FullName, "seed-data", "catalog", "catalog.schema.json")));
        var kinds = schema.RootElement.GetProperty("$defs").GetProperty("field").GetProperty("properties").GetProperty("kind")
            .GetProperty("enum").EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).Order().ToList();
        Assert.Equal(Enum.GetNames<FieldKind>().Select(n => n.ToLowerInvariant()).Order(), kinds);
    }
}
