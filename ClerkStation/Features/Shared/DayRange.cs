namespace ClerkStation.Features.Shared;

/// <summary>
/// Decision times are stored as center-local text ("2026-03-11 15:00:00+08:00"): a day range is a text range, which the
/// covering index IX_Cases_Stats_Decided answers without touching the table.
/// </summary>
public static class DayRange
{
    public static (string From, string ToExclusive) Of(DateOnly from, DateOnly to) =>
        (from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
         to.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
