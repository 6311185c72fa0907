namespace ClerkStation.Domain.Calendar;

/// <summary>
/// One year's working days as prefix sums: <c>Through(d)</c> is the number of working days among days 1 … d of the
/// year (day-of-year), and <c>DayOfNth(k)</c> the day-of-year of its k-th working day. Immutable once built.
/// </summary>
internal sealed class YearTable
{
    private readonly ushort[] _through;
    private readonly ushort[] _nth;

    private YearTable(CalendarYear year, ushort[] through, ushort[] nth)
    {
        Year = year;
        _through = through;
        _nth = nth;
    }

    /// <summary>The arrangement the table was built from.</summary>
    public CalendarYear Year { get; }

    /// <summary>Working days in the whole year.</summary>
    public int Total => _through[^1];

    /// <summary>Builds the table: Monday–Friday not a day off, or a make-up workday. Dates of other years are ignored.</summary>
    public static YearTable Build(CalendarYear year)
    {
        var off = year.Holidays.Where(d => d.Date.Year == year.Year).Select(d => d.Date.DayOfYear).ToHashSet();
        var worked = year.Workdays.Where(d => d.Date.Year == year.Year).Select(d => d.Date.DayOfYear).ToHashSet();
        var first = new DateOnly(year.Year, 1, 1);
        var days = DateTime.IsLeapYear(year.Year) ? 366 : 365;
        var through = new ushort[days + 1];
        var nth = new List<ushort>(days) { 0 };
        for (var d = 1; d <= days; d++)
        {
            var weekday = first.AddDays(d - 1).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var working = worked.Contains(d) || (weekday && !off.Contains(d));
            through[d] = (ushort)(through[d - 1] + (working ? 1 : 0));
            if (working)
            {
                nth.Add((ushort)d);
            }
        }
        return new YearTable(year, through, nth.ToArray());
    }

    /// <summary>Working days among days 1 … <paramref name="dayOfYear"/>; 0 for day 0.</summary>
    public int Through(int dayOfYear) => _through[dayOfYear];

    /// <summary>Whether day <paramref name="dayOfYear"/> (1-based) is a working day.</summary>
    public bool IsWorking(int dayOfYear) => _through[dayOfYear] != _through[dayOfYear - 1];

    /// <summary>The day-of-year of the <paramref name="k"/>-th working day, 1 ≤ k ≤ <see cref="Total"/>.</summary>
    public int DayOfNth(int k) => _nth[k];
}
