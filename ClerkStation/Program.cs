using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Cli;
using ClerkStation.Infrastructure.Seeding;

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
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
