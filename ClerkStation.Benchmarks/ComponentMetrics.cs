using System.Diagnostics.Metrics;

namespace ClerkStation.Benchmarks;

/// <summary>Blazor's own metrics (ASP.NET Core 10: event handling, rendering, circuits), collected in the <see cref="CircuitServer"/>'s process.</summary>
internal sealed class ComponentMetrics : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (long Count, double Total, double Max)> _seen = new(StringComparer.Ordinal);

    public ComponentMetrics()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name.StartsWith("Microsoft.AspNetCore.Components", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value * (instrument.Unit == "s" ? 1000 : 1), tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Record(instrument, value));
        _listener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags = default)
    {
        var name = instrument.Name;
        foreach (var tag in tags)
        {
            // Event handling by component and method: which component answers a keystroke.
            if (name.Contains("event", StringComparison.Ordinal) && tag.Key is "aspnetcore.components.type" or "aspnetcore.components.method")
            {
                var text = tag.Value?.ToString() ?? string.Empty;
                text = text.IndexOf('[', StringComparison.Ordinal) is var cut and >= 0 ? text[..cut] : text; // generic arguments
                name += " " + text[(text.LastIndexOf('.') + 1)..];
            }
        }
        lock (_lock)
        {
            var (count, total, max) = _seen.GetValueOrDefault(name);
            _seen[name] = (count + 1, total + value, Math.Max(max, value));
        }
    }

    /// <summary>`name=count/total/max;…`; the window restarts (counters of circuits keep their running total).</summary>
    public string TakeSummary()
    {
        lock (_lock)
        {
            var summary = string.Join(';', _seen.Select(p => FormattableString.Invariant($"{p.Key}={p.Value.Count}/{p.Value.Total:0.###}/{p.Value.Max:0.###}")));
            foreach (var key in _seen.Keys.Where(k => !k.Contains(".circuit", StringComparison.Ordinal)).ToList())
            {
                _seen.Remove(key);
            }
            return summary;
        }
    }

    public void Dispose() => _listener.Dispose();
}
