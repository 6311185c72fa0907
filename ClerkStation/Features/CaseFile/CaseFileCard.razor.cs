using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.CaseFile;

/// <summary>The case file on the review page. Each page opened in the viewer is fetched (and audited) by the file endpoint.</summary>
public partial class CaseFileCard
{
    private List<MaterialPageView> _pages = [];
    private int? _current;
    private string? _loadedNumber;

    [Parameter, EditorRequired] public string Number { get; set; } = string.Empty;

    /// <summary>The case's item: its materials give the order and the names.</summary>
    [Parameter, EditorRequired] public string ItemCode { get; set; } = string.Empty;

    /// <summary>The case's materials, for names the catalog no longer has.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<MaterialRecord> Materials { get; set; } = [];

    /// <summary>Bump to reload (a supplement arrived).</summary>
    [Parameter] public int Version { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CatalogStore Store { get; set; } = default!;

    private int _loadedVersion = -1;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedNumber != Number || _loadedVersion != Version)
        {
            _loadedNumber = Number;
            _loadedVersion = Version;
            var order = CatalogMaterials.Select(m => m.Code).ToList();
            _pages = (await Mediator.Send(new GetCaseFile(Number)))
                .OrderBy(p => order.IndexOf(p.MaterialCode) is var i and >= 0 ? i : int.MaxValue).ThenBy(p => p.MaterialCode).ThenBy(p => p.PageOrder).ToList();
            _current = _current is { } c && c < _pages.Count ? c : null;
        }
    }

    private void Show(int index) => _current = index;

    private IReadOnlyList<Domain.Catalog.MaterialRequirement> CatalogMaterials => Store.Catalog.FindItem(ItemCode)?.Materials ?? [];

    private string NameOf(string code) =>
        code == AttachSupplementPage.SupplementMaterial ? L["CaseFile.SupplementMaterial"]
        : CatalogMaterials.FirstOrDefault(m => m.Code == code)?.Name.Current ?? Materials.FirstOrDefault(m => m.Code == code)?.Name.Current ?? code;
}
