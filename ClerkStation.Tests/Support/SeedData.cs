using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Tests.Support;

/// <summary>The repository's seed-data folder and the catalog loaded from it, as the app loads it, for tests without an app.</summary>
internal static class SeedData
{
    private static readonly Lazy<CatalogStore> CatalogStore = new(() => new CatalogStore(Folder, TimeProvider.System));

    /// <summary>The shipped catalog (departments, items, bundles), loaded once.</summary>
    public static CatalogStore Catalog => CatalogStore.Value;

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seed-data");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("seed-data");
        }
    }
}
