using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using MudBlazor;

namespace ClerkStation.Features.Queue;

/// <summary>
/// The queue on the supervisor's floor: reloads on every ticket step and window change (the queue topic), and once a
/// minute besides, because waits grow while nothing happens.
/// </summary>
public partial class QueueFloorPanel : IDisposable
{
    private static readonly TimeSpan Refresh = TimeSpan.FromMinutes(1);

    private readonly CancellationTokenSource _stop = new();
    private QueueFloor? _floor;
    private IDisposable? _subscription;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private QueueSettings Settings { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;
    [Inject] private IOptions<QueueOptions> Options { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    private int AlertMinutes => Options.Value.AlertWaitMinutes;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }
        _subscription = Live.Subscribe(topic => topic == LiveUpdates.QueueTopic, _ => InvokeAsync(ReloadAsync));
        _floor = await Mediator.Send(new GetQueueFloor());
        _ = RefreshLoopAsync();
    }

    private async Task ReloadAsync()
    {
        _floor = await Mediator.Send(new GetQueueFloor());
        StateHasChanged();
    }

    private async Task RefreshLoopAsync()
    {
        using var timer = new PeriodicTimer(Refresh, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await InvokeAsync(ReloadAsync);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left.
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between two ticks.
        }
    }

    private string Minutes(TimeSpan? span) =>
        span is { } s ? L["QueueFloor.Minutes", (int)Math.Floor(s.TotalMinutes)].Value : "—";

    private static Color StateColor(WindowState state) => state switch
    {
        WindowState.Serving => Color.Success,
        WindowState.Paused => Color.Warning,
        WindowState.Idle => Color.Info,
        _ => Color.Default,
    };

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _subscription?.Dispose();
    }
}
