using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using Microsoft.JSInterop;

namespace ClerkStation.Features.Devices;

/// <summary>
/// The hall display: the number being called (big, with its window), the six calls before it, who waits per category and
/// for about how long; live through the queue topic, and every new call spoken in Chinese unless muted. After a server
/// restart the reconnect script reloads the page, which opens again with its link.
/// </summary>
public partial class HallPage : IDisposable
{
    private DeviceCheck? _check;
    private HallBoard? _board;
    private IDisposable? _subscription;
    private string? _lastCall;
    private bool _muted;
    private bool _ready;
    private int _loads;

    [SupplyParameterFromQuery(Name = "device")] public string? Device { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private IOptions<CenterOptions> Center { get; set; } = default!;

    private string CenterName => Center.Value.Name;

    protected override async Task OnInitializedAsync()
    {
        _check = await Mediator.Send(new CheckDevice(Device, DeviceKind.HallDisplay));
        if (_check != DeviceCheck.Valid)
        {
            return;
        }

        await LoadAsync(announce: false);
        if (RendererInfo.IsInteractive)
        {
            _subscription = Live.Subscribe(topic => topic == LiveUpdates.QueueTopic, _ => InvokeAsync(async () =>
            {
                await LoadAsync(announce: true);
                StateHasChanged();
            }));
            _ready = true;
        }
    }

    private async Task LoadAsync(bool announce)
    {
        var load = ++_loads;
        HallBoard board;
        try
        {
            board = await Mediator.Send(new GetHallBoard(Device));
        }
        catch (AccessDeniedException)
        {
            _check = await Mediator.Send(new CheckDevice(Device, DeviceKind.HallDisplay));
            return;
        }

        if (load != _loads)
        {
            return;
        }

        _board = board;
        var call = board.Current is { } c ? $"{c.Number}|{c.Window}|{c.CallCount}|{c.CalledAt:O}" : null;
        if (announce && call is not null && call != _lastCall && !_muted)
        {
            var text = board.Announcement.Replace("{number}", board.Current!.Number, StringComparison.Ordinal)
                .Replace("{window}", board.Current.Window.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            await Js.InvokeVoidAsync("clerkStation.speak", text, "zh-CN");
        }
        _lastCall = call;
    }

    private void ToggleMute() => _muted = !_muted;

    public void Dispose() => _subscription?.Dispose();
}
