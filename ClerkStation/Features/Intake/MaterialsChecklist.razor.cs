using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.CaseFile;
using ClerkStation.Features.Licences;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Intake;

/// <summary>
/// Each material the item asks for, and how it was received; missing required ones go on the one-time notice. Once the
/// applicant is identified, the licences they hold are shown above it: a valid one waives its material (免提交) with one
/// key, and the e-licence choice of a material with a licence type is offered only with a valid licence to back it.
/// </summary>
public partial class MaterialsChecklist
{
    private IReadOnlyList<LicenceView>? _held;
    private string? _heldFor;
    private DraftPageSet? _draftPages;
    private Guid? _pagesFor;

    [Inject] private IMediator Mediator { get; set; } = default!;

    [Parameter, EditorRequired]
    public IntakeTarget Target { get; set; } = default!;

    /// <summary>The form as filled so far: conditional materials depend on it.</summary>
    [Parameter, EditorRequired]
    public FormData Data { get; set; } = default!;

    [Parameter, EditorRequired]
    public Dictionary<string, MaterialStatus> Statuses { get; set; } = default!;

    /// <summary>Per material waived by an e-licence, the licence used (owned by the page, sent with the decision).</summary>
    [Parameter]
    public Dictionary<string, Guid> LicenceIds { get; set; } = [];

    /// <summary>The applicant's ID number or credit code: whose licences to look up (blank = not identified yet).</summary>
    [Parameter]
    public string? HolderId { get; set; }

    /// <summary>Highlight required materials still missing (after the clerk tried to accept).</summary>
    [Parameter]
    public bool ShowMissing { get; set; }

    [Parameter]
    public EventCallback OnChanged { get; set; }

    /// <summary>The application's submission key: with it, each material takes pages (案卷); without, the checklist is ticks only.</summary>
    [Parameter]
    public Guid? SubmissionKey { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        // Every material's pages in one query before the rows render (not after: an upload made at once must not race
        // it). Handed to the editors for this render only: an editor made later queries for itself and sees its uploads.
        if (SubmissionKey is { } key && _pagesFor != key)
        {
            _pagesFor = key;
            _draftPages = new DraftPageSet(key, await Mediator.Send(new GetDraftPages(key)));
        }

        var holder = (HolderId ?? string.Empty).Trim().ToUpperInvariant();
        if (holder == _heldFor || !RendererInfo.IsInteractive)
        {
            return;
        }

        _heldFor = holder;
        _held = holder.Length == 18 ? await Mediator.Send(new GetHeldLicences(holder)) : null;
        // A restored draft says "e-licence" without the licence: link the held one again, or nothing backs the choice.
        foreach (var material in Target.Materials.Where(m => m.LicenceType is not null && Statuses.GetValueOrDefault(m.Code) == MaterialStatus.ELicense))
        {
            if (UsableFor(material) is { } licence)
            {
                LicenceIds[material.Code] = licence.Id;
            }
            else
            {
                LicenceIds.Remove(material.Code);
            }
        }
    }

    protected override void OnAfterRender(bool firstRender) => _draftPages = null;

    private static IEnumerable<MaterialStatus> OptionsFor(MaterialRequirement material) => Domain.Intake.MaterialRules.AllowedStatuses(material);

    private LicenceView? UsableFor(MaterialRequirement material) =>
        _held?.FirstOrDefault(l => l.TypeCode == material.LicenceType && l.IsUsable);

    /// <summary>The e-licence choice of a material with a licence type needs a valid licence the applicant holds.</summary>
    private bool CanChoose(MaterialRequirement material, MaterialStatus option) =>
        option != MaterialStatus.ELicense || material.LicenceType is null || UsableFor(material) is not null
        || Statuses.GetValueOrDefault(material.Code) == MaterialStatus.ELicense;

    private async Task SetAsync(MaterialRequirement material, MaterialStatus status)
    {
        Statuses[material.Code] = status;
        if (status == MaterialStatus.ELicense && material.LicenceType is not null && UsableFor(material) is { } licence)
        {
            LicenceIds[material.Code] = licence.Id;
        }
        else
        {
            LicenceIds.Remove(material.Code);
        }

        await OnChanged.InvokeAsync();
    }

    private async Task UseLicenceAsync((string MaterialCode, LicenceView Licence) use)
    {
        Statuses[use.MaterialCode] = MaterialStatus.ELicense;
        LicenceIds[use.MaterialCode] = use.Licence.Id;
        await OnChanged.InvokeAsync();
    }
}
