using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClerkStation.Benchmarks;

/// <summary>
/// Prints every SQL command EF Core executes while <c>enabled()</c> is true, with its duration, from EF Core's
/// DiagnosticListener (independent of the app's logging configuration): the round trips of one call. It also adds up
/// the time EF Core reports for every command and every commit (<see cref="DatabaseMs"/>), printed or not: the part of a
/// call spent inside SQLite, the rest being .NET (EF Core, the pipeline, the handlers).
/// </summary>
public sealed class SqlCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<bool> _enabled;
    private readonly List<IDisposable> _subscriptions = [];
    private long _databaseTicks;

    /// <summary>Milliseconds of SQL commands and commits since the last <see cref="Reset"/>.</summary>
    public double DatabaseMs => TimeSpan.FromTicks(Interlocked.Read(ref _databaseTicks)).TotalMilliseconds;

    public void Reset() => Interlocked.Exchange(ref _databaseTicks, 0);

    private SqlCommandLog(Func<bool> enabled) => _enabled = enabled;

    public static SqlCommandLog Start(Func<bool> enabled)
    {
        var log = new SqlCommandLog(enabled);
        log._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(log));
        return log;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            // Only these two events: EF Core builds the payload of an event only when a listener wants it.
            _subscriptions.Add(value.Subscribe(this, name =>
                name == RelationalEventId.CommandExecuted.Name || name == RelationalEventId.TransactionCommitted.Name));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is TransactionEndEventData committed)
        {
            Interlocked.Add(ref _databaseTicks, committed.Duration.Ticks);
            if (_enabled())
            {
                Console.WriteLine($"  {committed.Duration.TotalMilliseconds,6:N2} ms  COMMIT");
            }
        }

        if (value.Value is not CommandExecutedEventData executed)
        {
            return;
        }

        Interlocked.Add(ref _databaseTicks, executed.Duration.Ticks);
        if (_enabled())
        {
            var text = executed.Command.CommandText.ReplaceLineEndings(" ");
            Console.WriteLine($"  {executed.Duration.TotalMilliseconds,6:N2} ms  {text[..Math.Min(text.Length, 220)]}");
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
}
