namespace ClerkStation.Tests.Domain.Catalog;

using ClerkStation.Domain.Catalog;
using static ClerkStation.Tests.Domain.Catalog.CatalogFixture;

// Usings sit inside the namespace so that 'Catalog' names the type, not this test namespace.
/// <summary>A bad catalog folder: malformed JSON, unexpected and missing files, and all problems reported at once.</summary>
public sealed class CatalogFileProblemTests
{
    [Fact]
    public void Malformed_json_reports_the_line()
    {
        var result = CatalogLoader.LoadFromFiles(With("items/wj.json", "\"department\": \"wj\",", "\"department\": \"wj\""));
        AssertProblem(result.Problems[0], "items/wj.json", null, "$", "not valid JSON at line 2");
        // The other files are still checked: the bundle now misses its WJ-001 part.
        Assert.Contains(result.Problems, p => p.File == "bundles.json" && p.Message.Contains("'WJ-001'", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_problems_are_all_reported_at_once()
    {
        var files = Files();
        files[files.FindIndex(f => f.FileName == "items/mz.json")] = ("items/mz.json", Mz
            .Replace("\"promisedDays\": 20", "\"promisedDays\": 30", StringComparison.Ordinal)
            .Replace("\"kind\": \"select\"", "\"kind\": \"dropdown\"", StringComparison.Ordinal)
            .Replace("\"form\": \"copy\"", "\"form\": \"photocopy\"", StringComparison.Ordinal));
        files[files.FindIndex(f => f.FileName == "departments.json")] = ("departments.json", Departments.Replace("\"order\": 20", "\"ordr\": 20", StringComparison.Ordinal));
        files.Add(("items/wj2.json", "{ \"things\": [] }"));
        files.Add(("readme.txt", "hello"));

        var result = CatalogLoader.LoadFromFiles(files);
        var text = result.Problems.Select(p => p.ToString()).ToList();
        Assert.Null(result.Catalog);
        Assert.Contains(text, t => t.StartsWith("readme.txt · $ · unexpected file", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("departments.json · $.departments[1].ordr · unknown property 'ordr' (did you mean 'order'?)", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("departments.json · $.departments[1].order · missing required property", StringComparison.Ordinal));
        Assert.Contains(text, t => t == "items/mz.json · MZ-001 · $.items[0].promisedDays · promisedDays (30) exceeds statutoryDays (23)");
        Assert.Contains(text, t => t.StartsWith("items/mz.json · MZ-001 · $.items[0].form.fields[0].kind · 'kind' value 'dropdown'", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("items/mz.json · MZ-001 · $.items[0].materials[1].form", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("items/wj2.json · $.things · unknown property", StringComparison.Ordinal));
        Assert.Contains(text, t => t.StartsWith("items/wj2.json · $.items · an items file needs", StringComparison.Ordinal));
        // wj is no longer a department, so WJ-001 is reported too
        Assert.Contains(text, t => t.StartsWith("items/wj.json · WJ-001 · $.items[0].department · unknown department 'wj'", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_departments_file_and_folder_are_reported()
    {
        var result = CatalogLoader.LoadFromFiles(Files().Where(f => f.FileName != "departments.json"));
        Assert.Contains(result.Problems, p => p.File == "departments.json" && p.Message.Contains("missing", StringComparison.Ordinal));
        Assert.False(CatalogLoader.LoadFromDirectory(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))).IsValid);
    }
}
