using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.BackOffice;

public partial class SupplementDialog
{
    private string _text = string.Empty;
    private bool _showError;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;

    private void Confirm()
    {
        var items = _text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        _showError = items.Count == 0;
        if (!_showError)
        {
            Dialog.Close(DialogResult.Ok<IReadOnlyList<string>>(items));
        }
    }
}
