namespace ClerkStation.Domain.Calendar;

/// <summary>Calendar data is unusable; lists every problem found, not just the first.</summary>
public sealed class CalendarFileException : Exception
{
    public CalendarFileException(IReadOnlyList<CalendarFileError> errors)
        : base("Invalid calendar data:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<CalendarFileError> Errors { get; }
}
