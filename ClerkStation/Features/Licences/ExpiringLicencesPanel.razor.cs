using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Licences;

public partial class ExpiringLicencesPanel
{
    [Inject] private IMediator Mediator { get; set; } = default!;

    private int _days = GetExpiringLicences.DefaultDays;
    private ExpiringLicences? _list;
    private string? _error;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task ShowOnEnter(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _error = await UserMessages.TryAsync(L, async () => _list = await Mediator.Send(new GetExpiringLicences(_days)));
        if (_error is not null)
        {
            _list = null;
        }
    }
}
