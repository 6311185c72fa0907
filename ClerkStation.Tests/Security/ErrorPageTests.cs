using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ClerkStation.Tests.Security;

/// <summary>
/// The README's run mode is the Development environment (launchSettings.json): a visitor still sees the error page,
/// never a stack trace, and live screens get no exception details.
/// </summary>
[Trait("Database", "SqliteOnly")] // its factory names a SQLite file
public sealed class ErrorPageTests(DevelopmentAppFactory app) : IClassFixture<DevelopmentAppFactory>
{
    [Fact]
    public async Task A_crash_shows_the_error_page_without_details()
    {
        var response = await app.CreateClient().GetAsync(DevelopmentAppFactory.CrashPath, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain(DevelopmentAppFactory.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_screens_send_no_exception_details()
    {
        Assert.False(app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value.DetailedErrors);
    }
}

/// <summary>The app as `dotnet run` starts it (Development), plus one path that throws.</summary>
public sealed class DevelopmentAppFactory : ClerkAppFactory
{
    public const string CrashPath = "/__test/crash";
    public const string Secret = "connection string Password=hunter2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        // appsettings.Development.json names the developer's database and turns the demo history on: not for tests.
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Clerk"] = $"Data Source={DatabasePath}",
            ["Demo:History"] = "false",
        }));
        builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, CrashFilter>());
    }

    private sealed class CrashFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(CrashPath, crash => crash.Run(_ => throw new InvalidOperationException(Secret)));
        };
    }
}
