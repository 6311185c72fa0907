using ClerkStation.Domain.Calendar;

namespace ClerkStation.Domain.Statistics;

/// <summary>
/// Decided promised cases that share acceptance day, decision day, promised and paused working days — the unit the
/// database aggregates to (GROUP BY), so working days are counted once per group, not once per case.
/// </summary>
public sealed record HandlingGroup(DateOnly AcceptedOn, DateOnly DecidedOn, int PromisedDays, int PausedWorkingDays, int Count);

/// <summary>Handling time against the promised limit: 承诺时限 vs actual working days, and the share of time saved.</summary>
public sealed record HandlingSummary(int Cases, double AverageWorkingDays, double AveragePromisedDays, double TimeSavedPercent, int Late)
{
    public static HandlingSummary Empty { get; } = new(0, 0, 0, 0, 0);
}

public static class Figures
{
    /// <summary>Percentage with one decimal; 0 when there is nothing to divide by (an empty board is not "100 %").</summary>
    public static double Percent(long part, long whole) => whole <= 0 ? 0 : Math.Round(100.0 * part / whole, 1);

    /// <summary>
    /// Actual working days = working days from acceptance to decision minus the days the clock was paused. Time saved =
    /// 1 − Σ actual / Σ promised (how much faster than promised the center was, overall).
    /// </summary>
    public static HandlingSummary Handling(IEnumerable<HandlingGroup> groups, WorkingDayCalendar calendar, IDictionary<(DateOnly, DateOnly), int>? workingDaysCache = null) =>
        Totals(groups, calendar, workingDaysCache).ToSummary();

    /// <summary>The sums behind <see cref="Handling"/>: they add up across days and centers (the city's daily figures keep them).</summary>
    public static HandlingTotals Totals(IEnumerable<HandlingGroup> groups, WorkingDayCalendar calendar, IDictionary<(DateOnly, DateOnly), int>? workingDaysCache = null)
    {
        var cache = workingDaysCache ?? new Dictionary<(DateOnly, DateOnly), int>();
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(calendar);
        long cases = 0, actual = 0, promised = 0;
        var late = 0;
        foreach (var g in groups)
        {
            if (g.Count <= 0 || !calendar.Covers(g.AcceptedOn.Year) || !calendar.Covers(g.DecidedOn.Year))
            {
                continue;
            }
            if (!cache.TryGetValue((g.AcceptedOn, g.DecidedOn), out var between))
            {
                cache[(g.AcceptedOn, g.DecidedOn)] = between = calendar.WorkingDaysBetween(g.AcceptedOn, g.DecidedOn);
            }
            var days = Math.Max(0, between - g.PausedWorkingDays);
            cases += g.Count;
            actual += (long)days * g.Count;
            promised += (long)g.PromisedDays * g.Count;
            if (days > g.PromisedDays)
            {
                late += g.Count;
            }
        }
        return new HandlingTotals(cases, actual, promised, late);
    }
}

/// <summary>Decided cases, their actual and promised working days, and how many were late: sums that add up.</summary>
public readonly record struct HandlingTotals(long Cases, long Actual, long Promised, int Late)
{
    public static HandlingTotals operator +(HandlingTotals a, HandlingTotals b) =>
        new(a.Cases + b.Cases, a.Actual + b.Actual, a.Promised + b.Promised, a.Late + b.Late);

    public static HandlingTotals Add(HandlingTotals a, HandlingTotals b) => a + b;

    public HandlingSummary ToSummary()
    {
        if (Cases == 0)
        {
            return HandlingSummary.Empty;
        }
        var saved = Promised == 0 ? 0 : Math.Round(100.0 * (Promised - Actual) / Promised, 1);
        return new HandlingSummary((int)Cases, Math.Round((double)Actual / Cases, 2), Math.Round((double)Promised / Cases, 2), saved, Late);
    }
}
