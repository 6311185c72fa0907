using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.BackOffice;

public partial class ReturnDialog
{
    private string? _department;
    private string _reason = string.Empty;
    private bool _showError;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter] public string CurrentDepartment { get; set; } = string.Empty;

    private void Confirm()
    {
        _showError = _department is null || string.IsNullOrWhiteSpace(_reason);
        if (!_showError)
        {
            Dialog.Close(DialogResult.Ok((_department!, _reason.Trim())));
        }
    }
}
