using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The shipped seed-data copied for the circuit server, with one change: the household-members group allows 20 rows
/// instead of 12, so the probe can open the largest form with the 20 repeated rows issue 10 names. Nothing else in the
/// copy differs; the shipped catalog keeps 12 (a household of more is not a case the forms are made for).
/// </summary>
public static class TwentyRowCatalog
{
    public const int Rows = 20;

    /// <summary>Copies seed-data under <paramref name="folder"/> and returns the copy's path (for <c>SeedData:Path</c>).</summary>
    public static string Create(string folder)
    {
        var source = Path.Combine(SupervisorDatabase.RepositoryRoot, "seed-data");
        var copy = Path.Combine(folder, "seed-data");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var templates = Path.Combine(copy, "catalog", "templates.json");
        var root = JsonNode.Parse(File.ReadAllText(templates))!;
        var members = root["templates"]!.AsArray().Single(t => (string?)t!["id"] == "household-members")!["fields"]!.AsArray()
            .Single(f => (string?)f!["key"] == "members")!;
        members["maxRows"] = Rows;
        File.WriteAllText(templates, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return copy;
    }
}
