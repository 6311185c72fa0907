using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Cli;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Tests.Features.Cli;

public sealed class CommandTests
{
    private static string SeedCatalog() => RepositoryRoot.Combine("seed-data", "catalog");

    [Fact]
    public void Validate_catalog_prints_the_counts_for_the_shipped_catalog()
    {
        var (exit, text) = CommandOutput.Of(output => ValidateCatalogCommand.Run(SeedCatalog(), output));

        Assert.Equal(0, exit);
        Assert.Matches(@"^catalog ok: \d+ items, \d+ departments, \d+ bundles\s*$", text);
    }

    [Fact]
    public void Validate_catalog_lists_every_problem_and_fails()
    {
        var folder = Directory.CreateTempSubdirectory("bad-catalog").FullName;
        foreach (var file in Directory.GetFiles(SeedCatalog(), "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(folder, "items"));
        File.WriteAllText(Path.Combine(folder, "items", "mz.json"), """
            { "items": [ { "code": "MZ-001", "name": { "zh": "测试", "en": "Test" }, "department": "mz", "kind": "promised",
              "promisedDays": 25, "statutoryDays": 20, "applicant": "person", "fees": { "zh": "不收费", "en": "Free" },
              "materials": [], "form": { "templates": [], "fields": [] }, "promisedDay": 3 } ] }
            """);
        var (exit, text) = CommandOutput.Of(output => ValidateCatalogCommand.Run(folder, output));

        Assert.Equal(1, exit);
        Assert.Contains("items/mz.json · MZ-001", text, StringComparison.Ordinal);
        Assert.Contains("promisedDay", text, StringComparison.Ordinal);
        Assert.Contains("statutoryDays", text, StringComparison.Ordinal);
        Assert.Contains("catalog invalid", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_catalog_names_material_reference_problems_with_file_code_and_path()
    {
        var folder = Directory.CreateTempSubdirectory("bad-materials").FullName;
        foreach (var file in Directory.GetFiles(SeedCatalog(), "*.json", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(SeedCatalog(), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Edit(Path.Combine(folder, "items", "fl.json"), "\"id-card\",", "\"id-crad\",");
        Edit(Path.Combine(folder, "items", "ga.json"), "\"id-card\",", "{ \"use\": \"id-card\", \"colour\": \"red\" },");
        Edit(Path.Combine(folder, "materials.json"), "\"materials\": [\n", """
            "materials": [
                { "code": "unused-one", "name": { "zh": "无用", "en": "Unused" }, "form": "original", "required": true },

            """);
        var (exit, text) = CommandOutput.Of(output => ValidateCatalogCommand.Run(folder, output));

        Assert.Equal(1, exit);
        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("items/fl.json · FL-001 · $.items[0].materials[0] · unknown material 'id-crad'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("items/ga.json · GA-001 · $.items[0].materials[0].colour · material 'id-card' has no field 'colour'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("materials.json · unused-one · $.materials[0].code · shared material 'unused-one' is used by no item", StringComparison.Ordinal));
        Assert.Contains("catalog invalid: 3 problem(s)", text, StringComparison.Ordinal);
    }

    // Replaces the first occurrence only, as an author's one edit would.
    private static void Edit(string path, string find, string replace)
    {
        var text = File.ReadAllText(path);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{find} not in {path}");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)));
    }

    [Fact]
    public async Task Create_admin_makes_the_first_administrator_from_a_typed_password()
    {
        await using var app = new ClerkAppFactory();
        await using var scope = app.Services.CreateAsyncScope();
        var output = new StringWriter();

        var exit = await CreateAdminCommand.RunAsync(scope.ServiceProvider, "chief", new StringReader("Chief!2026\nChief!2026\n"), output);

        Assert.Equal(0, exit);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var admin = await users.FindByNameAsync("chief");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, nameof(StaffRole.Admin)));
        Assert.True(await users.CheckPasswordAsync(admin, "Chief!2026"));

        var mismatch = await CreateAdminCommand.RunAsync(scope.ServiceProvider, "chief2", new StringReader("One!2026aa\nTwo!2026aa\n"), output);
        Assert.Equal(1, mismatch);
        Assert.Null(await users.FindByNameAsync("chief2"));
    }

    [Fact]
    public void The_catalog_store_the_app_loads_at_start_up_refuses_a_broken_catalog_with_every_problem()
    {
        // Program.cs catches this exception at start-up, prints every problem and exits 1.
        var seed = Directory.CreateTempSubdirectory("bad-seed").FullName;
        var root = Path.GetDirectoryName(SeedCatalog())!;
        foreach (var dir in Directory.GetDirectories(root, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(dir.Replace(root, seed, StringComparison.Ordinal));
        }

        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(root, seed, StringComparison.Ordinal), overwrite: true);
        }

        File.WriteAllText(Path.Combine(seed, "catalog", "items", "mz.json"), """{ "items": [ { "code": "MZ-001", "kind": "weekly" } ] }""");

        var ex = Assert.Throws<ClerkStation.Infrastructure.Catalog.CatalogInvalidException>(() => new ClerkStation.Infrastructure.Catalog.CatalogStore(seed, TimeProvider.System));

        Assert.Contains(ex.Problems, p => p.Contains("items/mz.json · MZ-001", StringComparison.Ordinal) && p.Contains("kind", StringComparison.Ordinal));
        Assert.True(ex.Problems.Count > 2, "every problem is listed, not just the first");
    }
}
