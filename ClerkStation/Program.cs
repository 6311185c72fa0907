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
if (args is ["calendar", ..])
{
    return CalendarCommand.Run(args.Length > 1 ? args[1] : null, CalendarCommand.ShippedCalendar(), Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddClerkStation(builder.Configuration, builder.Environment);
var app = builder.Build();

if (args is ["create-admin", var adminName, ..])
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    return await CreateAdminCommand.RunAsync(scope.ServiceProvider, adminName, Console.In, Console.Out);
}

app.UseClerkStation();
try
{
    await app.RunAsync();
}
catch (CatalogInvalidException ex)
{
    Console.Error.WriteLine("ClerkStation cannot start: the catalog or calendar in seed-data has problems.");
    foreach (var problem in ex.Problems)
    {
        Console.Error.WriteLine("  " + problem);
    }

    return 1;
}

return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
