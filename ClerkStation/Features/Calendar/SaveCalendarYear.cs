using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Calendar;

/// <summary>
/// Saves a year's official arrangement (it then overrides the shipped file or the provisional year), swaps the app's
/// calendar at once and recomputes every open deadline that reaches the year. <see cref="ExpectedVersion"/> is the
/// version the administrator edited (null: the year had no official arrangement); anything else is a conflict.
/// </summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record SaveCalendarYear(CalendarArrangement Arrangement, int? ExpectedVersion) : ICommand<CalendarRecomputeSummary>, IAuditTarget
{
    public string? AuditTarget => Arrangement?.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class SaveCalendarYearHandler(
    ClerkDatabases databases, CalendarService calendars, OpenDeadlines deadlines, AggregateCommands commands, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<SaveCalendarYear, CalendarRecomputeSummary>
{
    public async ValueTask<CalendarRecomputeSummary> Handle(SaveCalendarYear command, CancellationToken cancellationToken)
    {
        var admin = await currentUser.RequireAsync();
        var year = command.Arrangement.ToCalendarYear();
        var now = clock.Now;
        await using (var db = await databases.Production.CreateDbContextAsync(cancellationToken))
        {
            var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year.Year, cancellationToken);
            if (row?.Version != command.ExpectedVersion)
            {
                throw Conflict(row?.SavedByName);
            }
            if (row is null)
            {
                row = new OfficialCalendarYear { Year = year.Year };
                db.CalendarYears.Add(row);
            }

            row.NoticeTitle = year.Source;
            row.NoticeDate = year.NoticeDate!.Value;
            row.Holidays = [.. year.Holidays];
            row.Workdays = [.. year.Workdays];
            row.SavedById = admin.UserId;
            row.SavedByName = admin.DisplayName;
            row.SavedAt = now;
            row.Version = (command.ExpectedVersion ?? 0) + 1;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is DbUpdateConcurrencyException or DbUpdateException)
            {
                // Another administrator saved the same year between our read and our write (or created it first).
                await using var fresh = await databases.Production.CreateDbContextAsync(CancellationToken.None);
                var other = await fresh.CalendarYears.AsNoTracking()
                    .Where(y => y.Year == year.Year).Select(y => y.SavedByName).FirstOrDefaultAsync(CancellationToken.None);
                throw Conflict(other);
            }
        }

        var (before, after) = await calendars.ReloadAsync(announce: false, cancellationToken);
        var (counts, reach) = await deadlines.RecomputeAsync(before, after, year.Year, admin, now, year.Source, cancellationToken);
        // Stored (production's, with the audit row) through the one command path, which publishes the summary's
        // CalendarYearChanged after the save: the supervisor's floor shows the summary when it refreshes.
        return await commands.RunAsync(new CommandParty(admin, clock.Current) { Database = databases.Production }, store =>
        {
            var summary = new CalendarRecomputeSummary
            {
                Year = year.Year, NoticeTitle = year.Source, At = now, ByName = admin.DisplayName,
                CasesChecked = counts.CasesChecked, CasesMoved = counts.CasesMoved, CasesEarlier = counts.CasesEarlier, TasksMoved = counts.TasksMoved,
            };
            summary.Announce(reach.Departments, reach.Clerks);
            store.Db.CalendarRecomputes.Add(summary);
            return Task.FromResult(summary);
        }, cancellationToken);
    }

    private static RequestValidationException Conflict(string? savedBy) =>
        new([new ValidationProblem("year", "calendar.savedByOther", new Dictionary<string, string> { ["by"] = savedBy ?? "—" })]);
}
