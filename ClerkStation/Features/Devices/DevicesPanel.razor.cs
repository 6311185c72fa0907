using ClerkStation.Domain.Queue;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Devices;

public partial class DevicesPanel
{
    private IReadOnlyList<DeviceRow> _devices = [];
    private string _name = string.Empty;
    private DeviceKind _kind;
    private string? _newLink;
    private string? _message;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            _devices = await Mediator.Send(new ListDevices());
        }
    }

    private async Task RegisterAsync()
    {
        _newLink = null;
        _message = await UserMessages.TryAsync(L, async () =>
        {
            var device = await Mediator.Send(new RegisterDevice(_name, _kind));
            var page = _kind == DeviceKind.Kiosk ? "kiosk" : "hall";
            _newLink = $"{Navigation.BaseUri}{page}?device={device.Link}";
            _name = string.Empty;
        });
        _devices = await Mediator.Send(new ListDevices());
    }

    private async Task RevokeAsync(Guid id)
    {
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new RevokeDevice(id)));
        _devices = await Mediator.Send(new ListDevices());
    }
}
