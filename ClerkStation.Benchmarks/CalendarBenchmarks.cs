using BenchmarkDotNet.Attributes;
using ClerkStation.Domain.Calendar;

namespace ClerkStation.Benchmarks;

/// <summary>
/// Working-day arithmetic, before (day-by-day loop, <see cref="DayByDayCalendar"/>) and after (prefix sums), in the
/// same run. Each operation cycles through 64 start dates; results are per call.
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private WorkingDayCalendar _prefix = null!;
    private DayByDayCalendar _loop = null!;
    private DateOnly[] _starts = [];
    private DateOnly[] _ends = [];
    private int _next;

    /// <summary>The span in working days.</summary>
    [ParamsSource(nameof(SpanValues))]
    public int Span { get; set; }

    /// <summary>The spans of <see cref="CalendarData.Spans"/>.</summary>
    public static IEnumerable<int> SpanValues => CalendarData.Spans;

    [GlobalSetup]
    public void Setup()
    {
        (_prefix, _loop, _starts) = CalendarData.Load();
        _ends = _starts.Select(s => _prefix.AddWorkingDays(s, Span)).ToArray();
    }

    private int Next() => _next = (_next + 1) & 63;

    [Benchmark(Baseline = true)]
    public DateOnly LoopAdd() => _loop.AddWorkingDays(_starts[Next()], Span);

    [Benchmark]
    public DateOnly PrefixAdd() => _prefix.AddWorkingDays(_starts[Next()], Span);

    [Benchmark]
    public int LoopBetween()
    {
        var i = Next();
        return _loop.WorkingDaysBetween(_starts[i], _ends[i]);
    }

    [Benchmark]
    public int PrefixBetween()
    {
        var i = Next();
        return _prefix.WorkingDaysBetween(_starts[i], _ends[i]);
    }
}
