using System.Collections.Concurrent;
using System.Diagnostics;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Queue;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

public static partial class QueueProbe
{
    /// <summary>
    /// The 30 windows at work rather than pressing the key in the same instant: each calls, serves for a random while
    /// (exponential, mean 1 s: about thirty calls a second in all, some hundred times a busy center's rate) and calls
    /// again, through the whole pipeline, for <paramref name="seconds"/> s from 500 waiting. Calls that meet at the
    /// write lock wait for each other, as they would at a real center; no ticket may go to two windows.
    /// </summary>
    private static async Task WorkingAsync(IServiceProvider services, Actor[] clerks, int seconds)
    {
        await RefillAsync(services);
        var calls = new Latencies();
        var taken = new ConcurrentDictionary<Guid, int>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, Windows).Select(n => Task.Run(async () =>
        {
            Current.Value = clerks[n - 1];
            var random = new Random(n);
            await Task.Delay(random.Next(1000)); // the windows do not start in step
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                await using var scope = services.CreateAsyncScope();
                var started = Stopwatch.GetTimestamp();
                var called = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CallNext(n));
                calls.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (called is null)
                {
                    return;
                }
                if (!taken.TryAdd(called.TicketId, n))
                {
                    throw new InvalidOperationException($"ticket {called.Number} went to windows {taken[called.TicketId]} and {n}");
                }
                await FinishAsync(services, called.TicketId);
                await Task.Delay(TimeSpan.FromMilliseconds(-Math.Log(1 - random.NextDouble()) * 1000));
            }
        })));

        Console.WriteLine($"\n{Windows} windows at work for {seconds} s (serving a random while, mean 1 s, between calls), {calls.Count / clock.Elapsed.TotalSeconds:N1} calls a second, {Samples.LoadAverage()}");
        Console.WriteLine(Latencies.Header);
        Console.WriteLine(calls.Row("call next through the pipeline, windows at work"));
        Console.WriteLine($"goal p99 ≤ 20 ms with the windows at work: {(calls.P(99) <= 20 ? "met" : "missed")}");
    }
}
