using System.Security.Claims;
using ClerkStation.Domain.Ratings;
using ClerkStation.Features.Ratings;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Features.Queue;

/// <summary>
/// The customer screen of window <see cref="Number"/>: the clerk opens it in a second tab on the screen that faces the
/// applicant. It follows the queue live; at the end of the visit the applicant rates it here through the rating loop
/// (<see cref="SubmitRating"/>, so a bad rating opens a rectification task); a second rating is refused with its message.
/// </summary>
public partial class CustomerPage : IDisposable
{
    private CustomerScreen? _screen;
    private IDisposable? _subscription;
    private string? _comment;
    private string? _message;
    private string? _error;
    private bool _ready;

    [Parameter] public int Number { get; set; }

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private LiveUpdates Live { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _error = await UserMessages.TryAsync(L, LoadAsync);
        if (RendererInfo.IsInteractive && _error is null)
        {
            var clerkTopic = LiveUpdates.ClerkTopic((await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty);
            _subscription = Live.Subscribe(topic => topic is LiveUpdates.QueueTopic or LiveUpdates.FloorTopic || topic == clerkTopic, _ => InvokeAsync(async () =>
            {
                await UserMessages.TryAsync(L, LoadAsync);
                StateHasChanged();
            }));
            _ready = true;
        }
    }

    private async Task LoadAsync()
    {
        var previous = _screen?.State;
        _screen = await Mediator.Send(new GetCustomerScreen(Number));
        if (_screen.State != CustomerScreenState.Rated && previous != _screen.State)
        {
            _message = null;
        }
    }

    private async Task RateAsync(RatingLevel level)
    {
        if (_screen?.RatingToken is not { } token)
        {
            return;
        }
        try
        {
            var result = await Mediator.Send(new SubmitRating(token, level, _comment));
            _message = result == RatingSubmitted.RatedBadTaskOpened ? L["Rate.ThanksBad"] : L["Rate.Thanks"];
            _error = null;
            _comment = null;
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            _error = message;
        }
        await UserMessages.TryAsync(L, LoadAsync);
    }

    public void Dispose() => _subscription?.Dispose();
}
