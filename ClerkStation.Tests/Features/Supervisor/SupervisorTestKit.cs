using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Domain.Cases.CaseTestKit;

namespace ClerkStation.Tests.Features.Supervisor;

/// <summary>Small builders for the supervisor handler tests (the people are <see cref="Actors"/>).</summary>
public static class SupervisorTestKit
{
    private static int _serial;

    public static Case NewCase(Actor clerk, string department, DateTimeOffset at, int promisedDays, string item = "T-1")
    {
        var number = $"T-{Interlocked.Increment(ref _serial):D5}";
        var input = Promised(promisedDays, promisedDays * 3) with
        {
            Number = number,
            ItemCode = item,
            DepartmentCode = department,
        };
        if (promisedDays == 0)
        {
            input = input with { ItemKind = ItemKind.Instant, PromisedDays = 0, StatutoryDays = null };
        }
        return Case.Accept(input, clerk, at, CenterDay.Of(at), Cal);
    }

    public static void DeliverNow(Case c, Actor clerk, DateTimeOffset at) =>
        c.Deliver(clerk, at, DeliveryMethod.Window, "张三", "33020319900101123X", null);

    public static IntakeDecision Notice(Actor clerk, string department, DateTimeOffset at) =>
        IntakeDecision.IssueOneTimeNotice($"GZ-{Interlocked.Increment(ref _serial):D5}", "T-1", new LocalizedText("事项", "Item"), department, Person,
            [new NoticeLine(NoticeLineKind.Material, "M1", new LocalizedText("户口簿", "Household register"), new LocalizedText("未带", "Missing"))], null, clerk, at, CenterDay.Of(at));

    public static IntakeDecision Refusal(Actor clerk, string department, DateTimeOffset at) =>
        IntakeDecision.Refuse($"BY-{Interlocked.Increment(ref _serial):D5}", "T-1", new LocalizedText("事项", "Item"), department, Person, "不属于受理范围", clerk, at, CenterDay.Of(at));

    public static ServiceRating RateCase(Case c, RatingLevel level, DateTimeOffset at)
    {
        var rating = ServiceRating.Invite(c.Id, c.Number, c.ItemCode, c.ItemName, c.DepartmentCode, c.Delivery!.DeliveredById,
            c.Delivery.DeliveredByName, "token-" + Guid.NewGuid().ToString("N"), at);
        rating.Rate(level, level.IsBad() ? "太慢" : null, at, CenterDay.Of(at));
        return rating;
    }

    public static async Task SaveAsync(ClerkAppFactory app, params object[] rows)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        db.AddRange(rows);
        await db.SaveChangesAsync();
    }
}
