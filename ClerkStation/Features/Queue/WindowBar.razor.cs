using ClerkStation.Domain.Queue;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ClerkStation.Features.Queue;

/// <summary>
/// The window bar on the counter: calling a ticket starts the visit, and every decision taken until it is finished
/// records that visit. The window number is remembered by the browser of the counter.
/// </summary>
public partial class WindowBar : IDisposable
{
    private int _window;
    private WindowBoard? _board;
    private IDisposable? _subscription;
    private string? _message;
    private bool _busy;
    private bool _ready;
    private int _loads;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private QueueSettings Settings { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || Settings.Windows.Count == 0)
        {
            return;
        }

        // The window the clerk holds (chosen at sign-in, or assigned) comes first; else the one this browser remembers.
        var held = (await Mediator.Send(new GetWindowChoice())).Mine;
        var saved = await Js.InvokeAsync<string?>("clerkStation.windowNumber", (object?)null);
        _window = held ?? (int.TryParse(saved, out var n) && Settings.Windows.Any(w => w.Number == n) ? n : Settings.Windows[0].Number);
        _subscription = Live.Subscribe(topic => topic == LiveUpdates.QueueTopic, _ => InvokeAsync(async () =>
        {
            await LoadAsync();
            StateHasChanged();
        }));
        await LoadAsync();
        _ready = true;
        StateHasChanged();
    }

    private async Task ChooseWindowAsync(int window)
    {
        // Sitting down at a window another clerk holds is refused with the holder's name; the bar stays where it was.
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new TakeWindow(window)));
        if (_message is not null)
        {
            return;
        }
        _window = window;
        await Js.InvokeVoidAsync("clerkStation.windowNumber", window);
        await LoadAsync();
    }

    private async Task ReleaseAsync()
    {
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new ReleaseWindow()));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var load = ++_loads;
        var board = await Mediator.Send(new GetMyWindow(_window));
        if (load == _loads)
        {
            _board = board;
        }
    }

    private async Task CallNextAsync()
    {
        _busy = true;
        CalledTicket? called = null;
        _message = await UserMessages.TryAsync(L, async () => called = await Mediator.Send(new CallNext(_window)));
        if (_message is null && called is null)
        {
            _message = L["Validation." + QueueRuleCodes.NoneWaiting];
        }
        await LoadAsync();
        _busy = false;
    }

    private async Task SendAsync(WindowAction action)
    {
        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(action));
        await LoadAsync();
        _busy = false;
    }

    public void Dispose() => _subscription?.Dispose();
}
