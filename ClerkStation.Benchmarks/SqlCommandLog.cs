using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClerkStation.Benchmarks;

/// <summary>
/// Prints every SQL command EF Core executes while <c>enabled()</c> is true, with its duration, from EF Core's
/// DiagnosticListener (independent of the app's logging configuration): the round trips of one call.
/// </summary>
public sealed class SqlCommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly Func<bool> _enabled;
    private readonly List<IDisposable> _subscriptions = [];

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
            _subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (_enabled() && value.Value is CommandExecutedEventData executed)
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
