using ClerkStation.Domain.Catalog;

namespace ClerkStation.Infrastructure.Catalog;

/// <summary>
/// The catalog, loaded once at start-up from seed-data and immutable afterwards. A broken catalog stops start-up with
/// every problem listed. (The working-day calendar is <see cref="Calendar.CalendarService"/>.)
/// </summary>
public sealed class CatalogStore
{
    public CatalogStore(string seedDataFolder, TimeProvider clock)
    {
        Folder = Path.Combine(seedDataFolder, "catalog");
        var result = CatalogLoader.LoadFromDirectory(Folder);
        if (!result.IsValid)
        {
            throw new CatalogInvalidException(Folder, result.Problems.Select(p => p.ToString()).ToList());
        }

        Catalog = result.Catalog!;
        LoadedAt = clock.GetUtcNow();
    }

    public string Folder { get; }

    public Domain.Catalog.Catalog Catalog { get; }

    public DateTimeOffset LoadedAt { get; }

    /// <summary>An item or a bundle by code, the two things a clerk can open at the counter.</summary>
    public IntakeTarget? FindTarget(string code)
    {
        if (Catalog.FindItem(code) is { } item)
        {
            return IntakeTarget.ForItem(item, Catalog);
        }

        return Catalog.FindBundle(code) is { } bundle ? IntakeTarget.ForBundle(bundle, Catalog) : null;
    }
}

/// <summary>The catalog or calendar files have problems; each is one line: file · item · JSON path · message.</summary>
public sealed class CatalogInvalidException(string folder, IReadOnlyList<string> problems)
    : Exception($"{problems.Count} problem(s) in {folder}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}")
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
