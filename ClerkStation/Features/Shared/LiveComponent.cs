using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Shared;

/// <summary>
/// A page or panel that shows live data: it follows the topics it shows, and on every change reloads and renders again
/// on its own dispatcher. The subscription ends with the component.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private IDisposable? _subscription;

    [Inject] private LiveUpdates Updates { get; set; } = default!;

    /// <summary>Once interactive (not while prerendering): loads, and again on every change of a followed topic.</summary>
    protected Task FollowAsync(Func<string, bool> topics, Func<Task> load)
    {
        if (!RendererInfo.IsInteractive)
        {
            return Task.CompletedTask;
        }

        _subscription = Updates.Subscribe(topics, _ => InvokeAsync(async () => { await load(); StateHasChanged(); }));
        return load();
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        GC.SuppressFinalize(this);
    }
}
