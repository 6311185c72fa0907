namespace ClerkStation.Domain.Calendar;

/// <summary>
/// A date falls outside the years the calendar can answer for (1901–2100). Inside that range a year without an
/// official arrangement is computed provisionally, so this only signals dates far outside any real deadline.
/// </summary>
public sealed class CalendarYearMissingException(int year)
    : Exception($"The working-day calendar has no data for {year}: it covers {CalendarYear.MinYear}–{CalendarYear.MaxYear}.")
{
    /// <summary>The year that was asked for.</summary>
    public int Year { get; } = year;
}
