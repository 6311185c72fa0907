using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Calendar;

public partial class CalendarRecomputeCard
{
    private CalendarRecomputeSummary? _summary;
    private IDisposable? _subscription;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            _subscription = Live.Subscribe(t => t == LiveUpdates.CalendarTopic,
                _ => InvokeAsync(async () => { _summary = await Mediator.Send(new GetLastCalendarRecompute()); StateHasChanged(); }));
        }
        _summary = await Mediator.Send(new GetLastCalendarRecompute());
    }

    public void Dispose() => _subscription?.Dispose();
}
