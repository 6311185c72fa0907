using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Search;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.ItemSearch;

/// <summary>One result row of the item picker: an item or a bundle, with what the clerk needs to choose it.</summary>
public sealed record ItemChoice(string Code, LocalizedText Name, Department? Department, string KindKey, bool IsBundle, bool IsPoliceWindow, MatchKind? Match)
{
    /// <summary>For a bundle: how many items it holds.</summary>
    public int PartCount { get; init; }

    /// <summary>For a bundle: how many departments its parts are routed to (one case each).</summary>
    public int DepartmentCount { get; init; }
}

/// <summary>
/// The search index over the loaded catalog (items and 一件事 bundles), built once: the catalog is immutable while the
/// app runs. Usage counts and favourites come per query from the clerk's own history.
/// </summary>
public sealed class CatalogSearch
{
    private const string BundleKind = "bundle";
    private const int MaxHits = 2000;
    private readonly CatalogStore _store;
    private readonly ItemSearchIndex _index;
    private readonly Dictionary<string, ItemChoice> _choices;

    public CatalogSearch(CatalogStore store)
    {
        _store = store;
        var catalog = store.Catalog;
        var entries = catalog.Items
            .Select(i => new SearchEntry(i.Code, i.Name.Zh, i.Name.En, i.DepartmentCode, i.Kind.ToString(), [.. i.Keywords, .. i.Aliases]))
            .Concat(catalog.Bundles.Select(b => new SearchEntry(b.Code, b.Name.Zh, b.Name.En, string.Empty, BundleKind, b.Keywords)));
        _index = ItemSearchIndex.Build(entries);
        _choices = catalog.Items
            .Select(i =>
            {
                var department = catalog.FindDepartment(i.DepartmentCode);
                return new ItemChoice(i.Code, i.Name, department, "Kind." + i.Kind, false, department?.Window == ServiceWindow.Police, null);
            })
            .Concat(catalog.Bundles.Select(b => new ItemChoice(b.Code, b.Name, null, "Kind.Bundle", true, false, null)
            {
                PartCount = b.Parts.Count,
                DepartmentCount = b.Parts.Select(p => catalog.FindItem(p)?.RouteTo).OfType<string>().Distinct(StringComparer.Ordinal).Count(),
            }))
            .ToDictionary(c => c.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Department> Departments => _store.Catalog.Departments;

    /// <param name="offered">The center's items (ADR 0025); null: every item. A bundle is offered when all its parts are.</param>
    public IReadOnlyList<ItemChoice> Search(string? query, string? department, IReadOnlyDictionary<string, int>? usage, IReadOnlySet<string>? favourites, int limit = 20, IReadOnlySet<string>? offered = null)
    {
        if (offered is not null)
        {
            // Ask the index for every hit, then keep the center's: a short list must not be cut before the filter.
            return Search(query, department, usage, favourites, MaxHits, null).Where(c => IsOffered(c, offered)).Take(limit).ToList();
        }

        var hits = _index.Search(query ?? string.Empty, new SearchOptions
        {
            Department = string.IsNullOrEmpty(department) ? null : department,
            Limit = limit,
            UsageCounts = usage,
            Favourites = favourites,
        });
        var results = hits.Select(h => _choices[h.Code] with { Match = h.Kind }).ToList();
        if (results.Count == 0 && string.IsNullOrWhiteSpace(query) && !string.IsNullOrEmpty(department))
        {
            // Browsing a department with nothing typed: list its items in catalog order.
            results = _store.Catalog.ItemsOf(department).Take(limit).Select(i => _choices[i.Code]).ToList();
        }

        return results;
    }

    public ItemChoice? Find(string code) => _choices.GetValueOrDefault(code);

    private bool IsOffered(ItemChoice choice, IReadOnlySet<string> offered) => choice.IsBundle
        ? _store.Catalog.FindBundle(choice.Code)?.Parts.All(offered.Contains) == true
        : offered.Contains(choice.Code);
}
