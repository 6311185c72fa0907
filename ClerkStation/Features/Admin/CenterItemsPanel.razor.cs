using ClerkStation.Features.Shared;
using MudBlazor;

namespace ClerkStation.Features.Admin;

public partial class CenterItemsPanel
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' ', '\n', '\t'];
    private IReadOnlyList<string>? _items;
    private string? _codes;
    private string? _error;
    private bool _busy;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync() => _items = await Mediator.Send(new GetCenterItems());

    private async Task AddAsync()
    {
        _busy = true;
        var codes = (_codes ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        _error = await UserMessages.TryAsync(L, async () => await Mediator.Send(new AddCenterItems(codes)));
        if (_error is null)
        {
            _codes = null;
            Snackbar.Add(L["Admin.Saved"], Severity.Success);
            await LoadAsync();
        }

        _busy = false;
    }

    private async Task RemoveAsync(string code)
    {
        if (await UserMessages.TryAsync(L, async () => await Mediator.Send(new RemoveCenterItem(code))) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
        }

        await LoadAsync();
    }
}
