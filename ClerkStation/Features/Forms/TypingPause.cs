namespace ClerkStation.Features.Forms;

/// <summary>
/// The pause after typing (<see cref="Typing.DebounceMs"/>) that one text input waits before it commits: each keystroke
/// restarts it, leaving the field commits at once (<see cref="FlushAsync"/>). It never touches the text, unlike
/// MudBlazor's DebounceInterval, which put the last committed text back when its timer ended as the field was left
/// (ADR 0032). The commit runs on the component's renderer (<paramref name="invokeAsync"/>), at most once per pause.
/// </summary>
public sealed class TypingPause(Func<Func<Task>, Task> invokeAsync, Func<Task> commit) : IDisposable
{
    private CancellationTokenSource? _timer;

    /// <summary>Typed since the last commit.</summary>
    public bool IsRunning => _timer is not null;

    /// <summary>A keystroke: the commit runs after the pause, unless the clerk types again or leaves first.</summary>
    public void Restart()
    {
        Cancel();
        var timer = _timer = new CancellationTokenSource();
        _ = CommitAfterPauseAsync(timer);
    }

    /// <summary>Commits now what was typed since the last commit, if anything (the field was left).</summary>
    public Task FlushAsync()
    {
        if (_timer is null)
        {
            return Task.CompletedTask;
        }

        Cancel();
        return commit();
    }

    /// <summary>Drops the pause without committing (the value was replaced from outside).</summary>
    public void Cancel()
    {
        _timer?.Cancel();
        _timer?.Dispose();
        _timer = null;
    }

    public void Dispose() => Cancel();

    private async Task CommitAfterPauseAsync(CancellationTokenSource timer)
    {
        try
        {
            await Task.Delay(Typing.DebounceMs, timer.Token);
        }
        catch (OperationCanceledException)
        {
            return; // typed again, left the field, or gone
        }

        await invokeAsync(() => timer == _timer ? FlushAsync() : Task.CompletedTask);
    }
}
