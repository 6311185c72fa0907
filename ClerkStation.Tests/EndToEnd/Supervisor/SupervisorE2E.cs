using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.EndToEnd.Supervisor;

/// <summary>Cases put straight into a running app's database (through the domain), for the browser tests to act on.</summary>
public static class SupervisorE2E
{
    private static int _serial;

    /// <summary>A promised case accepted now by "clerk", routed to <paramref name="department"/>; delivered at once when <paramref name="instant"/>.</summary>
    public static async Task<Case> SeedCaseAsync(ClerkAppFactory app, string department, bool instant = false)
    {
        var clerk = await app.SignedInAsync("clerk");
        var clock = app.Services.GetRequiredService<CenterClocks>().Default;
        var calendar = app.Services.GetRequiredService<ClerkStation.Infrastructure.Calendar.CalendarService>().Current;
        var number = $"E2E-{clock.Today:yyyyMMdd}-{Interlocked.Increment(ref _serial):D4}-{Guid.NewGuid().ToString("N")[..4]}";
        var input = new AcceptCase(number, "E2E-1", new LocalizedText("测试事项", "Test item"), instant ? ItemKind.Instant : ItemKind.Promised, department,
            instant ? 0 : 5, instant ? null : 10, new Applicant(ApplicantKind.Person, "张三", "33020319900101123X", "13812345678", "舟山"), "{}", []);
        var c = Case.Accept(input, clerk, clock.Now, CenterDay.Of(clock.Now), calendar);
        if (instant)
        {
            c.Deliver(clerk, clock.Now, DeliveryMethod.Window, "张三", "33020319900101123X", null);
        }
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c;
    }
}

/// <summary>A second app on a real port (its own database) with the generated demo history on, for the statistics and floor.</summary>
public sealed class DemoHistoryAppFactory() : BrowserAppFactory(demoHistory: true);

public sealed class DemoHistoryAppFixture : IAsyncLifetime
{
    public DemoHistoryAppFactory Factory { get; } = new();

    public ValueTask InitializeAsync()
    {
        _ = Factory.BaseAddress;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
