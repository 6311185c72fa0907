using ClerkStation.Features.Training;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Cli;
using ClerkStation.Infrastructure.Seeding;

// Author tools run without starting the web server or touching the database.
if (args is ["validate-catalog", ..])
{
    return ValidateCatalogCommand.Run(args.Length > 1 ? args[1] : null, Console.Out);
}
if (args is ["validate-calendar", ..])
{
    return ValidateCalendarCommand.Run(args.Length > 1 ? args[1] : null, Console.Out);
}
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddClerkStation(builder.Configuration, builder.Environment);
var app = builder.Build();

if (args is ["calendar", ..])
{
    // The year as the app counts it: shipped files overlaid with the official years saved on /admin/calendar.
    var calendars = app.Services.GetRequiredService<ClerkStation.Infrastructure.Calendar.CalendarService>();
    return CalendarCommand.Run(args.Length > 1 ? args[1] : null, await CalendarCommand.AppCalendarAsync(calendars), Console.Out);
}

if (args is ["copy-database", ..])
{
    return await CopyDatabaseCommand.RunAsync(app.Services.GetRequiredService<ClerkStation.Infrastructure.Persistence.DatabaseSettings>(), args, Console.Out);
}

if (args is ["create-admin", var adminName, ..])
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    return await CreateAdminCommand.RunAsync(scope.ServiceProvider, adminName, Console.In, Console.Out);
}

try
{
    // Loaded before the host starts, so a broken catalog ends here with its problem list, not as a host start-up
    // failure logged with a stack trace.
    _ = app.Services.GetRequiredService<CatalogStore>();
    _ = app.Services.GetRequiredService<ScenarioLibrary>();
    app.UseClerkStation();
    await app.RunAsync();
}
catch (CatalogInvalidException ex)
{
    return CannotStart("the catalog or calendar in seed-data has problems.", ex.Problems);
}
catch (ScenarioLibraryInvalidException ex)
{
    return CannotStart("the practice scenarios in seed-data have problems.", ex.Problems);
}

return 0;

static int CannotStart(string what, IReadOnlyList<string> problems)
{
    Console.Error.WriteLine("ClerkStation cannot start: " + what);
    foreach (var problem in problems)
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 1;
}

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
