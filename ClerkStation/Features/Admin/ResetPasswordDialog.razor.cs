using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Admin;

public partial class ResetPasswordDialog
{
    private string _password = string.Empty;
    private string? _error;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public StaffRow Row { get; set; } = default!;

    private async Task SaveAsync()
    {
        try
        {
            await Mediator.Send(new ResetStaffPassword(Row.Id, _password));
            Dialog.Close(DialogResult.Ok(true));
        }
        catch (RequestValidationException ex)
        {
            _error = string.Join(" ", ex.Problems.Select(p => p.Args?.GetValueOrDefault("message") ?? L["Validation." + p.Code].Value));
        }
    }
}
