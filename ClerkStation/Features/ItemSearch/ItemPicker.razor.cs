using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.ItemSearch;

public partial class ItemPicker
{
    private string? _query;
    private string? _department;
    private int _active;
    private List<ItemChoice> _results = [];

    [Inject]
    private CatalogSearch Search { get; set; } = default!;

    /// <summary>Usage counts and favourites of this clerk (null until loaded: plain ranking).</summary>
    [Parameter]
    public PickerContext? Context { get; set; }

    [Parameter]
    public EventCallback<ItemChoice> OnOpen { get; set; }

    private string? ActiveId => _active >= 0 && _active < _results.Count ? $"item-option-{_results[_active].Code}" : null;

    protected override void OnParametersSet() => Refresh();

    private void QueryChanged(string? value)
    {
        _query = value;
        Refresh();
    }

    private void DepartmentChanged(string? value)
    {
        _department = value;
        Refresh();
    }

    private void Refresh()
    {
        _results = [.. Search.Search(_query, _department, Context?.Usage, Context?.Favourites, offered: Context?.Offered)];
        _active = _results.Count > 0 ? 0 : -1;
    }

    private async Task OnKeyDown(KeyboardEventArgs e)
    {
        switch (e.Key)
        {
            case "ArrowDown" when _results.Count > 0:
                _active = (_active + 1) % _results.Count;
                break;
            case "ArrowUp" when _results.Count > 0:
                _active = (_active - 1 + _results.Count) % _results.Count;
                break;
            case "Enter" when _active >= 0 && _active < _results.Count:
                await OpenAsync(_results[_active]);
                break;
        }
    }

    private Task OpenAsync(ItemChoice choice) => OnOpen.InvokeAsync(choice);
}
