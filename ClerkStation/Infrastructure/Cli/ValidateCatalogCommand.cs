using ClerkStation.Domain.Catalog;

namespace ClerkStation.Infrastructure.Cli;

/// <summary>
/// `dotnet run --project ClerkStation -- validate-catalog [folder]`: for catalog authors. Prints every problem and
/// exits 1, or prints the counts and exits 0. Runs without a database or a web server.
/// </summary>
public static class ValidateCatalogCommand
{
    /// <param name="folder">as typed (relative to the shell's working directory), or null for the shipped catalog</param>
    /// <param name="output">where the problems or the counts go</param>
    /// <param name="shellDirectory">the base of a relative <paramref name="folder"/>; null for the shell's PWD</param>
    public static int Run(string? folder, TextWriter output, string? shellDirectory = null)
    {
        folder = folder is null ? Path.Combine(CommandLinePaths.SeedData(), "catalog") : CommandLinePaths.Resolve(folder, shellDirectory);
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"catalog folder not found: {folder}");
            return 1;
        }

        var result = CatalogLoader.LoadFromDirectory(folder);
        if (!result.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                output.WriteLine(problem.ToString());
            }

            output.WriteLine($"catalog invalid: {result.Problems.Count} problem(s) in {folder}");
            return 1;
        }

        var catalog = result.Catalog!;
        output.WriteLine($"catalog ok: {catalog.ItemCount} items, {catalog.DepartmentCount} departments, {catalog.BundleCount} bundles");
        return 0;
    }
}
