using System.Diagnostics;
using System.Globalization;

namespace ClerkStation.Benchmarks;

/// <summary>
/// `-- calendar [rounds]`: mean nanoseconds per call of the day-by-day baseline and the prefix sums, same process,
/// interleaved per span, each mean over batches of calls (one Stopwatch read per batch, so timer overhead is spread),
/// with the machine's load average (/proc/loadavg) next to each row.
/// </summary>
public static class CalendarProbe
{
    public static void Run(int rounds)
    {
        var (prefix, loop, starts) = CalendarData.Load();
        Console.WriteLine($"load before: {LoadAverage()}");
        // Pass 0 warms the JIT up to its optimized tier and is not printed.
        for (var pass = 0; pass < 2; pass++)
        {
            Table(prefix, loop, starts, pass == 0 ? TextWriter.Null : Console.Out, pass == 0 ? rounds / 10 : rounds);
        }
    }

    private static void Table(ClerkStation.Domain.Calendar.WorkingDayCalendar prefix, DayByDayCalendar loop, DateOnly[] starts, TextWriter output, int rounds)
    {
        output.WriteLine("| span (working days) | loop Add ns | prefix Add ns | loop Between ns | prefix Between ns | load avg (1/5/15 min) |");
        output.WriteLine("|---:|---:|---:|---:|---:|---|");
        foreach (var span in CalendarData.Spans)
        {
            var ends = starts.Select(s => prefix.AddWorkingDays(s, span)).ToArray();
            for (var i = 0; i < starts.Length; i++)
            {
                if (loop.AddWorkingDays(starts[i], span) != ends[i] || loop.WorkingDaysBetween(starts[i], ends[i]) != span)
                {
                    throw new InvalidOperationException($"baseline and prefix sums disagree at {starts[i]} + {span}");
                }
            }
            // Fewer calls of the slow baseline on long spans; every figure is a mean over at least rounds / 200 calls.
            var slowCalls = Math.Max(rounds / 200, rounds / Math.Max(1, span / 5));
            var loopAdd = Mean(i => loop.AddWorkingDays(starts[i & 63], span).DayNumber, slowCalls);
            var prefixAdd = Mean(i => prefix.AddWorkingDays(starts[i & 63], span).DayNumber, rounds);
            var loopBetween = Mean(i => loop.WorkingDaysBetween(starts[i & 63], ends[i & 63]), slowCalls);
            var prefixBetween = Mean(i => prefix.WorkingDaysBetween(starts[i & 63], ends[i & 63]), rounds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {span} | {loopAdd:N0} | {prefixAdd:N1} | {loopBetween:N0} | {prefixBetween:N1} | {LoadAverage()} |"));
        }
    }

    // Best of five batches: the least disturbed by other processes on a shared machine.
    private static double Mean(Func<int, int> call, int calls)
    {
        var sink = 0;
        for (var i = 0; i < Math.Min(calls, 20_000); i++)
        {
            sink += call(i);
        }
        var best = double.MaxValue;
        for (var batch = 0; batch < 5; batch++)
        {
            var t0 = Stopwatch.GetTimestamp();
            for (var i = 0; i < calls; i++)
            {
                sink += call(i);
            }
            best = Math.Min(best, Stopwatch.GetElapsedTime(t0).TotalNanoseconds / calls);
        }
        GC.KeepAlive(sink);
        return best;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
