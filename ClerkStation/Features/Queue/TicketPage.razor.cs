using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Queue;

public partial class TicketPage : IDisposable
{
    private TicketPosition? _position;
    private IDisposable? _subscription;
    private bool _ready;

    [Parameter] public string Token { get; set; } = string.Empty;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _position = await Mediator.Send(new GetTicketPosition(Token));
        if (RendererInfo.IsInteractive && _position is not null)
        {
            _subscription = Live.Subscribe(topic => topic == LiveUpdates.QueueTopic, _ => InvokeAsync(async () =>
            {
                _position = await Mediator.Send(new GetTicketPosition(Token));
                StateHasChanged();
            }));
        }
        _ready = RendererInfo.IsInteractive;
    }

    public void Dispose() => _subscription?.Dispose();
}
