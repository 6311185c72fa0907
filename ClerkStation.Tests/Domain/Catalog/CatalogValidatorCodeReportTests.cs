using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

namespace ClerkStation.Tests.Domain.Catalog;

/// <summary>What the catalog validator used to misplace: a duplicate code is reported in the file it is in.</summary>
public class CatalogValidatorCodeReportTests
{
    [Fact]
    public void A_renamed_code_is_reported_in_the_file_it_is_in()
    {
        // MZ-002 in items/mz.json renamed to a code items/wj.json already uses; mz.json is read first.
        var problems = Problems(With("items/mz.json", "\"code\": \"MZ-002\"", "\"code\": \"WJ-001\""));

        var inMz = Assert.Single(problems, p => p.File == "items/mz.json");
        Assert.Equal(("WJ-001", "$.items[1].code"), (inMz.ItemCode, inMz.JsonPath));
        Assert.Contains("duplicate item code 'WJ-001' (also at items/wj.json $.items[0])", inMz.Message, StringComparison.Ordinal);
        Assert.Contains(problems, p => p.File == "items/wj.json" && p.JsonPath == "$.items[0].code");
    }

    [Fact]
    public void An_item_renamed_to_a_bundle_code_is_reported_in_its_items_file()
    {
        var problems = Problems(With("items/ga.json", "\"code\": \"GA-001\"", "\"code\": \"YJS-002\""));

        Assert.Contains(problems, p => p.File == "items/ga.json" && p.ItemCode == "YJS-002" && p.JsonPath == "$.items[0].code");
    }
}
