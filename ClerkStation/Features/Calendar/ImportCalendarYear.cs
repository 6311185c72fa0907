using ClerkStation.Domain.Calendar;

namespace ClerkStation.Features.Calendar;

/// <summary>
/// Reads a year file in the seed-data format into the editor. Nothing is saved: the administrator previews the effect and
/// saves (<see cref="SaveCalendarYear"/>), so an import is checked, audited and recomputed like a typed arrangement.
/// </summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ImportCalendarYear(string Json, string FileName) : IQuery<CalendarArrangement>;

public sealed class ImportCalendarYearHandler : IQueryHandler<ImportCalendarYear, CalendarArrangement>
{
    public ValueTask<CalendarArrangement> Handle(ImportCalendarYear query, CancellationToken cancellationToken)
    {
        try
        {
            var year = CalendarFileParser.Parse(query.Json, query.FileName);
            var arrangement = CalendarArrangement.From(year);
            return ValueTask.FromResult(arrangement with { NoticeDate = year.NoticeDate ?? CalendarFileFormat.NoticeDate(query.Json) });
        }
        catch (CalendarFileException ex)
        {
            throw new RequestValidationException(ex.Errors
                .Select(e => new ValidationProblem("file", "calendar.fileInvalid", new Dictionary<string, string> { ["error"] = e.ToString() }))
                .ToList());
        }
    }
}
