namespace ClerkStation.Domain.Calendar;

/// <summary>
/// Working days (工作日) per the holiday arrangements: Monday–Friday except days off, plus make-up workdays. Built from
/// explicit years (shipped files, official notices); every other year 1901–2100 is computed on first use as a
/// <see cref="ProvisionalYear"/> (thread-safe, cached), so <see cref="Covers"/> is true for 1901–2100 and only dates
/// outside throw <see cref="CalendarYearMissingException"/>. Callers mark results that touch a provisional year
/// (<see cref="AnyProvisional"/>). Immutable: <see cref="WithYear"/> returns a new calendar. Arithmetic answers from
/// per-year prefix sums plus cumulative counts per year, never a day-by-day walk: building every year's table once
/// (about 0.1 s for all provisional years, shared across calendars) buys sub-microsecond queries.
/// </summary>
public sealed partial class WorkingDayCalendar
{
    private const int YearCount = CalendarYear.MaxYear - CalendarYear.MinYear + 1;
    private readonly CalendarYear?[] _explicit;
    private readonly YearTable?[] _tables;

    // Provisional years depend on nothing but the year: computed once per process and shared by every calendar.
    private static readonly YearTable?[] Provisional = new YearTable?[YearCount];
    private int[]? _yearStarts;

    /// <summary>A calendar of the given explicit years; each year at most once, within 1901–2100.</summary>
    public WorkingDayCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _explicit = new CalendarYear?[YearCount];
        _tables = new YearTable?[YearCount];
        foreach (var year in years)
        {
            if (!CalendarYear.IsSupported(year.Year))
            {
                throw new ArgumentException($"Calendar year {year.Year} is outside {CalendarYear.MinYear}–{CalendarYear.MaxYear}.", nameof(years));
            }
            if (_explicit[year.Year - CalendarYear.MinYear] is not null)
            {
                throw new ArgumentException($"Calendar year {year.Year} is given more than once.", nameof(years));
            }
            _explicit[year.Year - CalendarYear.MinYear] = year;
        }
        ExplicitYears = Years(_explicit);
    }

    private WorkingDayCalendar(CalendarYear?[] explicitYears, YearTable?[] tables)
    {
        _explicit = explicitYears;
        _tables = tables;
        ExplicitYears = Years(explicitYears);
    }

    /// <summary>The years given explicitly (files or official notices), ascending; every other supported year is provisional.</summary>
    public IReadOnlyList<int> ExplicitYears { get; }

    /// <summary>True for 1901–2100: years without data are computed provisionally.</summary>
    public bool Covers(int year) => CalendarYear.IsSupported(year);

    /// <summary>Where <paramref name="year"/>'s arrangement comes from.</summary>
    /// <exception cref="CalendarYearMissingException">outside 1901–2100</exception>
    public YearProvenance ProvenanceOf(int year) => Explicit(year)?.Provenance ?? YearProvenance.Provisional;

    /// <summary>The arrangement in use for <paramref name="year"/>: the explicit one, else the provisional one.</summary>
    /// <exception cref="CalendarYearMissingException">outside 1901–2100</exception>
    public CalendarYear YearOf(int year) => Table(year).Year;

    /// <summary>Whether <paramref name="date"/> falls in a provisional year (暂行日历).</summary>
    public bool IsProvisional(DateOnly date) => ProvenanceOf(date.Year) == YearProvenance.Provisional;

    /// <summary>Whether any year from <paramref name="from"/> to <paramref name="to"/> (either order) is provisional: a date computed across them is provisional.</summary>
    public bool AnyProvisional(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        for (var year = first; year <= last; year++)
        {
            if (ProvenanceOf(year) == YearProvenance.Provisional)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A new calendar with <paramref name="year"/> replacing (or adding) that year's explicit arrangement; this one is unchanged.</summary>
    public WorkingDayCalendar WithYear(CalendarYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var index = Index(year.Year);
        var explicitYears = (CalendarYear?[])_explicit.Clone();
        var tables = (YearTable?[])_tables.Clone();
        explicitYears[index] = year;
        tables[index] = YearTable.Build(year);
        return new WorkingDayCalendar(explicitYears, tables);
    }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <exception cref="CalendarYearMissingException">outside 1901–2100</exception>
    public bool IsWorkingDay(DateOnly date) => Table(date.Year).IsWorking(date.DayOfYear);

    private CalendarYear? Explicit(int year) => _explicit[Index(year)];

    private static int Index(int year) =>
        CalendarYear.IsSupported(year) ? year - CalendarYear.MinYear : throw new CalendarYearMissingException(year);

    private static int[] Years(CalendarYear?[] years) =>
        years.Where(y => y is not null).Select(y => y!.Year).ToArray();

    private YearTable Table(int year)
    {
        var index = Index(year);
        var explicitYear = _explicit[index];
        var tables = explicitYear is null ? Provisional : _tables;
        var table = Volatile.Read(ref tables[index]);
        if (table is not null)
        {
            return table;
        }
        var built = YearTable.Build(explicitYear ?? ProvisionalYear.Compute(year));
        return Interlocked.CompareExchange(ref tables[index], built, null) ?? built;
    }
}
