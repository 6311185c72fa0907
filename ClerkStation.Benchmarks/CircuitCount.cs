using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ClerkStation.Benchmarks;

/// <summary>Circuits open now in the <see cref="CircuitServer"/>, counted by a circuit handler (opened minus closed).</summary>
internal sealed class CircuitCount
{
    private int _open;

    public int Open => Volatile.Read(ref _open);

    public CircuitHandler NewHandler() => new Counter(this);

    private sealed class Counter(CircuitCount count) : CircuitHandler
    {
        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count._open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref count._open);
            return Task.CompletedTask;
        }
    }
}
