using MudBlazor;

namespace ClerkStation.Features.City;

public partial class CentersPage
{
    private IReadOnlyList<CenterRow>? _centers;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync() => _centers = await Mediator.Send(new ListCenters());

    private async Task EditAsync(CenterRow? row)
    {
        var dialog = await Dialogs.ShowAsync<CenterEditDialog>(row is null ? L["Centers.New"] : L["Admin.Edit", row.Name],
            new DialogParameters<CenterEditDialog> { { d => d.Row, row } }, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Admin.Saved"], Severity.Success);
            await LoadAsync();
        }
    }
}
