namespace ClerkStation.Benchmarks;

/// <summary>`-- circuits [max]`: memory per live Blazor circuit (written next).</summary>
public static class CircuitProbe
{
    public static Task RunAsync(int maxCircuits) => Task.CompletedTask;
}
