using Mediator;
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
    private Guid _loadedKey;
    private bool _busy;
    private string? _problem;

    [Parameter, EditorRequired] public Guid SubmissionKey { get; set; }

    [Parameter, EditorRequired] public string MaterialCode { get; set; } = string.Empty;

    [Parameter, EditorRequired] public string MaterialName { get; set; } = string.Empty;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CaseFileStore Store { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedKey != SubmissionKey)
        {
            _loadedKey = SubmissionKey;
            _problem = null;
            await ReloadAsync();
        }
    }

    private async Task ReloadAsync() =>
        _pages = (await Mediator.Send(new GetDraftPages(SubmissionKey))).Where(p => p.MaterialCode == MaterialCode).ToList();

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
                    await Mediator.Send(new AttachMaterialPage(SubmissionKey, MaterialCode, stream));
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
