using MudBlazor;

namespace ClerkStation.Features.Admin;

public partial class LockedAccountsPanel
{
    private IReadOnlyList<LockedAccount>? _locked;

    protected override async Task OnInitializedAsync() => _locked = await Mediator.Send(new ListLockedStaff());

    private async Task UnlockAsync(LockedAccount account)
    {
        await Mediator.Send(new UnlockStaffAccount(account.Id));
        Snackbar.Add(L["Admin.Unlocked"], Severity.Success);
        _locked = await Mediator.Send(new ListLockedStaff());
    }
}
