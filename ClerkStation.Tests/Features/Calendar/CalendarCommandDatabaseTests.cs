using ClerkStation.Domain.Calendar;
using ClerkStation.Features.Calendar;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Cli;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using static ClerkStation.Tests.Features.Calendar.CalendarTestKit;

namespace ClerkStation.Tests.Features.Calendar;

/// <summary>`calendar YEAR` prints the year as the app counts it: an official year saved on /admin/calendar wins, a fresh clone stays untouched.</summary>
public sealed class CalendarCommandDatabaseTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    [Fact]
    public async Task A_year_saved_on_the_admin_page_prints_official_from_a_new_process_calendar()
    {
        var arrangement = Official2027() with { Year = 2031, NoticeTitle = "2031 通知", Holidays = CalendarArrangement.From(ProvisionalYear.Compute(2031)).Holidays, Workdays = [] };
        await app.SendAsync(Administrator, new SaveCalendarYear(arrangement, null));

        // A second service over the same databases stands for the command-line process, which starts from the files.
        var running = app.Services.GetRequiredService<CalendarService>();
        var fresh = new CalendarService(Path.GetDirectoryName(running.Folder)!, app.Services.GetRequiredService<ClerkDatabases>(), new LiveUpdates());
        Assert.Equal(YearProvenance.Provisional, fresh.Current.ProvenanceOf(2031));

        var output = new StringWriter();
        var exit = CalendarCommand.Run("2031", await CalendarCommand.AppCalendarAsync(fresh), output);

        Assert.Equal(0, exit);
        Assert.StartsWith("2031 official", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_database_the_command_prints_provisional_and_creates_no_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<ClerkDbContext>().UseSqlite($"Data Source={file}").Options;
        var factory = new PooledDbContextFactory<ClerkDbContext>(options);
        var running = app.Services.GetRequiredService<CalendarService>();
        var calendars = new CalendarService(Path.GetDirectoryName(running.Folder)!, new ClerkDatabases(factory, factory), new LiveUpdates());

        var output = new StringWriter();
        var exit = CalendarCommand.Run("2027", await CalendarCommand.AppCalendarAsync(calendars), output);

        Assert.Equal(0, exit);
        Assert.StartsWith("2027 provisional", output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }
}
