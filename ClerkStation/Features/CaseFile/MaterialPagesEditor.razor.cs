using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// Attaches pages to one material of the application being filled in. Each file is streamed from the browser straight
/// to the server's disk (<see cref="IBrowserFile.OpenReadStream"/> with the per-file limit): the circuit never holds a
/// whole file. The pages are stored with the application's submission key, so they come back with a restored draft.
/// </summary>
public partial class MaterialPagesEditor
{
    private const int MaxFilesAtOnce = 30;

    private IReadOnlyList<MaterialPageView> _pages = [];
    private (Guid, Guid?)? _loaded;
    private bool _busy;
    private string? _problem;

    /// <summary>The application being filled in; or, with <see cref="CaseId"/>, unused.</summary>
    [Parameter] public Guid SubmissionKey { get; set; }

    /// <summary>A case waiting for a supplement: pages go to the case as new (补正), and only new pages are listed.</summary>
    [Parameter] public Guid? CaseId { get; set; }

    /// <summary>With <see cref="CaseId"/>: the same case's number, which its file is read by.</summary>
    [Parameter] public string? CaseNumber { get; set; }

    [Parameter, EditorRequired] public string MaterialCode { get; set; } = string.Empty;

    [Parameter, EditorRequired] public string MaterialName { get; set; } = string.Empty;

    /// <summary>False in the intake checklist: the picker opens with Alt+U on the material's row, so Tab goes on to Accept.</summary>
    [Parameter] public bool TabStop { get; set; } = true;

    /// <summary>On a phone (/agent): the file picker opens the back camera (<c>capture="environment"</c>) and takes any image.</summary>
    [Parameter] public bool PhoneCamera { get; set; }

    /// <summary>The application's pages loaded once by the checklist (one query instead of one per material).</summary>
    [Parameter] public DraftPageSet? DraftPages { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CaseFileStore Store { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded != (SubmissionKey, CaseId))
        {
            _loaded = (SubmissionKey, CaseId);
            _problem = null;
            if (CaseId is null && DraftPages is { } loaded && loaded.Key == SubmissionKey)
            {
                _pages = loaded.Pages.Where(p => p.MaterialCode == MaterialCode).ToList();
                return;
            }

            await ReloadAsync();
        }
    }

    private bool CanArrange => CaseId is null;

    private async Task ReloadAsync()
    {
        var pages = CaseId is not null && CaseNumber is { } number
            ? (await Mediator.Send(new GetCaseFile(number))).Where(p => p.IsNew)
            : await Mediator.Send(new GetDraftPages(SubmissionKey));
        _pages = pages.Where(p => p.MaterialCode == MaterialCode).ToList();
    }

    private async Task UploadAsync(InputFileChangeEventArgs e)
    {
        _busy = true;
        _problem = null;
        var max = Store.Options.MaxFileBytes;
        try
        {
            foreach (var file in e.GetMultipleFiles(MaxFilesAtOnce))
            {
                if (file.Size > max)
                {
                    _problem = Problem(CaseFileCodes.TooLarge);
                    continue;
                }

                try
                {
                    await using var stream = file.OpenReadStream(max);
                    await (CaseId is { } caseId
                        ? Mediator.Send(new AttachSupplementPage(caseId, stream, MaterialCode))
                        : Mediator.Send(new AttachMaterialPage(SubmissionKey, MaterialCode, stream)));
                }
                catch (InvalidPageException ex)
                {
                    _problem = Problem(ex.Code);
                }

                await ReloadAsync();
                StateHasChanged();
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ArrangeAsync(MaterialPageView page, PageArrangement arrangement)
    {
        _busy = true;
        try
        {
            await Mediator.Send(new ArrangeDraftPage(page.Id, arrangement));
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private string Problem(string code) =>
        L["CaseFile.Problem." + code, Store.Options.MaxFileBytes / (1024 * 1024), Store.Options.MaxCaseBytes / (1024 * 1024)];
}
