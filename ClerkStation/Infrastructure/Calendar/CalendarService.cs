using ClerkStation.Domain.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Infrastructure.Calendar;

/// <summary>
/// The one working-day calendar of the app (production and practice alike): the shipped files of seed-data/calendar
/// overlaid with the official years saved in the database (the database wins); every other year 1901–2100 is
/// provisional. <see cref="Current"/> is immutable and swapped atomically, so a request always counts with one
/// consistent calendar. <see cref="ReloadAsync"/> is the single entry point that re-reads the database — after a save
/// here, and (issue 13) when another node says a year changed.
/// </summary>
public sealed class CalendarService
{
    private readonly IReadOnlyList<CalendarYear> _shipped;
    private readonly ClerkDatabases _databases;
    private readonly LiveUpdates _live;
    private readonly SemaphoreSlim _reload = new(1, 1);
    private WorkingDayCalendar _current;

    public CalendarService(string seedDataFolder, ClerkDatabases databases, LiveUpdates live)
    {
        Folder = Path.Combine(seedDataFolder, "calendar");
        try
        {
            _shipped = WorkingDayCalendar.ReadDirectory(Folder);
        }
        catch (CalendarFileException ex)
        {
            throw new CatalogInvalidException(Folder, ex.Errors.Select(e => e.ToString()).ToList());
        }

        _databases = databases;
        _live = live;
        _current = new WorkingDayCalendar(_shipped);
    }

    /// <summary>The shipped calendar files' folder.</summary>
    public string Folder { get; }

    /// <summary>The calendar in use now; keep the reference for the length of one computation.</summary>
    public WorkingDayCalendar Current => Volatile.Read(ref _current);

    /// <summary>The years shipped as files (the defaults an official year overrides).</summary>
    public IReadOnlyList<CalendarYear> ShippedYears => _shipped;

    /// <summary>
    /// Whether the production database exists and holds the official years' table, checked without creating a file
    /// (a SQLite database that is not there is not opened, since opening would create it).
    /// </summary>
    public async Task<bool> HasOfficialYearsTableAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _databases.Production.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite()
            && new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { } file
            && file != ":memory:" && !File.Exists(file))
        {
            return false;
        }
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        // PostgreSQL's migrations start after the table existed: its first one already creates it.
        return db.Database.IsSqlite() ? applied.Any(m => m.EndsWith("_CalendarYears", StringComparison.Ordinal)) : applied.Any();
    }

    /// <summary>
    /// Re-reads the official years from the production database and swaps the calendar in; open screens hear it on
    /// <see cref="LiveUpdates.CalendarTopic"/> unless <paramref name="announce"/> is false (a save announces once its
    /// recompute is done, so no screen reloads half-way). Returns the calendars before and after.
    /// </summary>
    public async Task<(WorkingDayCalendar Before, WorkingDayCalendar After)> ReloadAsync(bool announce = true, CancellationToken cancellationToken = default)
    {
        await _reload.WaitAsync(cancellationToken);
        WorkingDayCalendar before, after;
        try
        {
            await using var db = await _databases.Production.CreateDbContextAsync(cancellationToken);
            var official = await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken);
            var years = _shipped.Where(s => official.All(o => o.Year != s.Year)).Concat(official.Select(o => o.ToCalendarYear()));
            after = new WorkingDayCalendar(years);
            before = Interlocked.Exchange(ref _current, after);
        }
        finally
        {
            _reload.Release();
        }

        if (announce)
        {
            await _live.PublishAsync(new LiveChange(LiveUpdates.CalendarTopic));
        }
        return (before, after);
    }
}
