namespace ClerkStation.Infrastructure;

/// <summary>
/// Finds the seed-data folder: the configured path, else the nearest seed-data folder above the content root or the
/// binaries (so `dotnet run --project ClerkStation`, the tests and a published copy all find it).
/// </summary>
public static class SeedDataLocator
{
    public static string Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration["SeedData:Path"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"No seed-data folder found above {contentRoot}; set SeedData:Path.");
    }
}
