using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Licences;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Licences;

public partial class LicencePanel
{
    [Inject] private CatalogStore Store { get; set; } = default!;

    /// <summary>The item's materials; those naming a licence type get a row.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<MaterialRequirement> Materials { get; set; } = [];

    [Parameter, EditorRequired]
    public IReadOnlyList<LicenceView> Held { get; set; } = [];

    [Parameter, EditorRequired]
    public Dictionary<string, Guid> LicenceIds { get; set; } = [];

    [Parameter]
    public EventCallback<(string MaterialCode, LicenceView Licence)> OnUse { get; set; }

    /// <summary>Per material with a licence type: the best licence held (a valid one first), or none.</summary>
    private IEnumerable<(MaterialRequirement Material, LicenceView? Licence)> Rows =>
        Materials.Where(m => m.LicenceType is not null)
            .Select(m => (m, Held.Where(l => l.TypeCode == m.LicenceType).OrderBy(l => l.State).FirstOrDefault()));

    private bool InUse(MaterialRequirement material, LicenceView licence) =>
        LicenceIds.TryGetValue(material.Code, out var id) && id == licence.Id;

    private string TypeName(MaterialRequirement material) =>
        Store.Catalog.FindLicenceType(material.LicenceType!)?.Name.Current ?? material.LicenceType!;

    private static Color StateColor(LicenceState state) => state switch
    {
        LicenceState.Valid => Color.Success,
        LicenceState.Expired => Color.Warning,
        _ => Color.Error,
    };
}
