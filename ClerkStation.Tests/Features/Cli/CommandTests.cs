using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Cli;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Cli;

public sealed class CommandTests
{
    private static string SeedCatalog()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "ClerkStation.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir.FullName, "seed-data", "catalog");
    }

    [Fact]
    public void Validate_catalog_prints_the_counts_for_the_shipped_catalog()
    {
        var output = new StringWriter();
        var exit = ValidateCatalogCommand.Run(SeedCatalog(), output);

        Assert.Equal(0, exit);
        Assert.Matches(@"^catalog ok: \d+ items, \d+ departments, \d+ bundles\s*$", output.ToString());
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
        var output = new StringWriter();

        var exit = ValidateCatalogCommand.Run(folder, output);

        Assert.Equal(1, exit);
        var text = output.ToString();
        Assert.Contains("items/mz.json · MZ-001", text, StringComparison.Ordinal);
        Assert.Contains("promisedDay", text, StringComparison.Ordinal);
        Assert.Contains("statutoryDays", text, StringComparison.Ordinal);
        Assert.Contains("catalog invalid", text, StringComparison.Ordinal);
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
