using ClerkStation.Infrastructure.Calendar;

namespace ClerkStation.Features.Calendar;

/// <summary>A year file to download.</summary>
public sealed record CalendarFile(string FileName, string Json);

/// <summary>The year as the app counts it now (official, shipped or provisional), in the seed-data file format.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ExportCalendarYear(int Year) : IQuery<CalendarFile>;

public sealed class ExportCalendarYearHandler(CalendarService calendars) : IQueryHandler<ExportCalendarYear, CalendarFile>
{
    public ValueTask<CalendarFile> Handle(ExportCalendarYear query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new CalendarFile(CalendarFileFormat.FileName(query.Year), CalendarFileFormat.Write(calendars.Current.YearOf(query.Year))));
}
