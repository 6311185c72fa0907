using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace ClerkStation.Features.Licences;

public partial class LicenceImportPanel
{
    [Inject] private IMediator Mediator { get; set; } = default!;

    private string? _json;
    private LicenceImportReport? _checked;
    private LicenceImportReport? _imported;
    private string? _error;
    private bool _busy;

    private static int RejectedRows(LicenceImportReport report) => report.Problems.Select(p => p.Row).Distinct().Count();

    /// <summary>Reads the picked file (at most <see cref="ImportLicenceLibrary.MaxBytes"/>) and checks it without saving.</summary>
    private async Task CheckAsync(IBrowserFile? file)
    {
        (_json, _checked, _imported, _error) = (null, null, null, null);
        if (file is null)
        {
            return;
        }

        if (file.Size > ImportLicenceLibrary.MaxBytes)
        {
            _error = L["Licences.Import.TooLarge"];
            return;
        }

        using var reader = new StreamReader(file.OpenReadStream(ImportLicenceLibrary.MaxBytes));
        var json = await reader.ReadToEndAsync();
        _error = await UserMessages.TryAsync(L, async () => _checked = await Mediator.Send(new ImportLicenceLibrary(json, DryRun: true)));
        if (_error is null)
        {
            _json = json;
        }
    }

    private async Task ImportAsync()
    {
        if (_json is null)
        {
            return;
        }

        _busy = true;
        _error = await UserMessages.TryAsync(L, async () => _imported = await Mediator.Send(new ImportLicenceLibrary(_json, DryRun: false)));
        _busy = false;
    }
}
