using System.Globalization;

namespace ClerkStation.Domain.Calendar;

/// <summary>
/// One problem of a year's arrangement, found by <see cref="CalendarYearValidator"/>. <see cref="Code"/> is stable
/// (the app localizes it); <see cref="Message"/> is the English default for the command line and logs.
/// </summary>
/// <param name="Code">one of the <c>calendar.*</c> codes in <see cref="CalendarProblemCodes"/></param>
/// <param name="Date">the date concerned, when there is one</param>
/// <param name="Name">the holiday's or workday's name (Chinese), when there is one</param>
public sealed record CalendarProblem(string Code, DateOnly? Date, string? Name)
{
    /// <summary>An English sentence describing the problem.</summary>
    public string Message
    {
        get
        {
            var date = Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            var named = string.IsNullOrEmpty(Name) ? date : $"{date} ({Name})";
            return Code switch
            {
                CalendarProblemCodes.StatutoryDayWorked => $"{named} is a statutory rest day but would be a working day",
                CalendarProblemCodes.WorkdayNotWeekend => $"make-up workday {named} is a {Date?.DayOfWeek}: a make-up workday is always a Saturday or Sunday",
                CalendarProblemCodes.DateBothOffAndWorked => $"{named} is listed both as a day off and as a make-up workday",
                CalendarProblemCodes.DateOutsideYear => $"{named} is outside the year",
                CalendarProblemCodes.DuplicateDate => $"{named} is listed twice",
                CalendarProblemCodes.YearOutOfRange => $"the year must be between {CalendarYear.MinYear} and {CalendarYear.MaxYear}",
                _ => $"{Code} {named}".Trim(),
            };
        }
    }

    /// <inheritdoc />
    public override string ToString() => Message;
}

/// <summary>The stable codes of <see cref="CalendarProblem"/>.</summary>
public static class CalendarProblemCodes
{
    /// <summary>A statutory rest day is not a day off (not listed and not a weekend, or listed as a make-up workday).</summary>
    public const string StatutoryDayWorked = "calendar.statutoryDayWorked";

    /// <summary>A make-up workday is not a Saturday or Sunday.</summary>
    public const string WorkdayNotWeekend = "calendar.workdayNotWeekend";

    /// <summary>A date is both a day off and a make-up workday.</summary>
    public const string DateBothOffAndWorked = "calendar.dateBothOffAndWorked";

    /// <summary>A date lies outside the arrangement's year.</summary>
    public const string DateOutsideYear = "calendar.dateOutsideYear";

    /// <summary>A date is listed twice among the days off or among the workdays.</summary>
    public const string DuplicateDate = "calendar.duplicateDate";

    /// <summary>The year is outside 1901–2100.</summary>
    public const string YearOutOfRange = "calendar.yearOutOfRange";
}
