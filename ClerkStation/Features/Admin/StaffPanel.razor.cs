using MudBlazor;

namespace ClerkStation.Features.Admin;

public partial class StaffPanel
{
    private IReadOnlyList<StaffRow>? _staff;

    protected override async Task OnInitializedAsync() => await LoadAsync();

    private async Task LoadAsync() => _staff = await Mediator.Send(new ListStaff());

    private async Task EditAsync(StaffRow? row)
    {
        var dialog = await Dialogs.ShowAsync<StaffEditDialog>(row is null ? L["Admin.NewStaff"] : L["Admin.Edit", row.UserName],
            new DialogParameters<StaffEditDialog> { { d => d.Row, row } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Admin.Saved"], Severity.Success);
            await LoadAsync();
        }
    }

    private async Task ResetAsync(StaffRow row)
    {
        var dialog = await Dialogs.ShowAsync<ResetPasswordDialog>(L["Admin.ResetPassword", row.UserName],
            new DialogParameters<ResetPasswordDialog> { { d => d.Row, row } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Admin.PasswordReset"], Severity.Success);
            await LoadAsync();
        }
    }

    private Task ToggleAsync(StaffRow row) => SendAsync(new SetStaffDisabled(row.Id, !row.IsDisabled), null);

    private async Task SendAsync(Mediator.ICommand<Mediator.Unit> command, string? done)
    {
        try
        {
            await Mediator.Send(command);
            if (done is not null)
            {
                Snackbar.Add(done, Severity.Success);
            }

            await LoadAsync();
        }
        catch (ClerkStation.Infrastructure.Pipeline.RequestValidationException ex)
        {
            Snackbar.Add(ClerkStation.Features.Forms.FieldErrorText.Format(L, new(ex.Problems[0].Path, ex.Problems[0].Code)), Severity.Error);
        }
    }
}
