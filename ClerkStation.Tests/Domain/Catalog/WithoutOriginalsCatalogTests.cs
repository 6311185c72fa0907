namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>免核原件: the item flag the loader reads and checks like every other property.</summary>
public class WithoutOriginalsCatalogTests
{
    private const string WjFees = "\"fees\": { \"zh\": \"不收费\", \"en\": \"Free\" },\n    \"materials\": [";

    [Fact]
    public void An_item_without_required_originals_may_be_flagged_and_the_flag_is_read()
    {
        var catalog = CatalogLoader.LoadFromFiles(With("items/wj.json", WjFees, "\"fees\": { \"zh\": \"不收费\", \"en\": \"Free\" }, \"withoutOriginals\": true,\n    \"materials\": [")).Catalog!;

        Assert.True(catalog.FindItem("WJ-001")!.WithoutOriginals);
        Assert.False(catalog.FindItem("MZ-002")!.WithoutOriginals); // absent: false
    }

    [Fact]
    public void The_flag_must_be_a_boolean()
    {
        var problem = SingleProblem(With("items/wj.json", WjFees, "\"fees\": { \"zh\": \"不收费\", \"en\": \"Free\" }, \"withoutOriginals\": \"yes\",\n    \"materials\": ["));

        Assert.Equal(("items/wj.json", "WJ-001", "$.items[0].withoutOriginals"), (problem.File, problem.ItemCode, problem.JsonPath));
        Assert.Contains("must be true or false", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_that_requires_an_original_nobody_would_see_cannot_be_flagged()
    {
        var files = With("items/wj.json", WjFees, "\"fees\": { \"zh\": \"不收费\", \"en\": \"Free\" }, \"withoutOriginals\": true,\n    \"materials\": [");
        var wj = files.FindIndex(f => f.FileName == "items/wj.json");
        files[wj] = (files[wj].FileName, files[wj].Json.Replace("\"form\": \"copy\", \"copies\": 2, \"required\": false", "\"form\": \"original\", \"required\": true", StringComparison.Ordinal));

        var problem = SingleProblem(files);

        Assert.Equal(("WJ-001", "$.items[0].withoutOriginals"), (problem.ItemCode, problem.JsonPath));
        Assert.Contains("cannot require the original of 'household-register'", problem.Message, StringComparison.Ordinal);
    }
}
