namespace ClerkStation.Infrastructure.Hosting;

/// <summary>
/// A background loop that runs one pass of work every <see cref="Interval"/> on the <see cref="TimeProvider"/>'s timer
/// (so tests can stop it). A failed pass is logged as a warning and the next tick tries again; stopping the host ends
/// the loop. Derived classes use <see cref="Time"/> and <see cref="Log"/> rather than capturing their own copies.
/// </summary>
public abstract class PeriodicWork(TimeProvider time, ILogger log) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected ILogger Log { get; } = log;

    /// <summary>The time between passes, read once when the loop starts.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>True: the first pass runs at start-up; false: after the first interval.</summary>
    protected virtual bool RunsAtStart => false;

    /// <summary>What the work is, for the log ("Webhook deliveries").</summary>
    protected abstract string WorkName { get; }

    /// <summary>One pass.</summary>
    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = Interval;
        using var timer = new PeriodicTimer(interval, Time);
        if (RunsAtStart)
        {
            await TryRunOnceAsync(interval, stoppingToken);
        }

        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TryRunOnceAsync(interval, stoppingToken);
        }
    }

    private async Task TryRunOnceAsync(TimeSpan interval, CancellationToken ct)
    {
        try
        {
            await RunOnceAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LogWarning(ex, "{Work} failed; next try in {Interval}", WorkName, interval);
        }
    }
}
