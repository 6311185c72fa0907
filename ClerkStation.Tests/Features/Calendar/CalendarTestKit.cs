using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Calendar;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Calendar;

/// <summary>A 2027 arrangement as a notice could give it, and open cases whose deadlines reach 2027.</summary>
public static class CalendarTestKit
{
    public const string Notice2027 = "国务院办公厅关于2027年部分节假日安排的通知（测试）";

    /// <summary>
    /// 2027 with 元旦 1–3 Jan, 春节 5–13 Feb (four weekdays more than the provisional year) and make-up workdays on
    /// Sat 30 Jan and Sat 20 Feb; the other holidays as the statutory rules give them.
    /// </summary>
    public static CalendarArrangement Official2027()
    {
        var provisional = CalendarArrangement.From(ProvisionalYear.Compute(2027));
        var holidays = provisional.Holidays
            .Where(h => h.NameZh is not ("元旦" or "春节"))
            .Append(new HolidayRange("元旦", "New Year's Day", new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 3)))
            .Append(new HolidayRange("春节", "Spring Festival", new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 13)))
            .OrderBy(h => h.From)
            .ToList();
        MakeupWorkday[] workdays =
        [
            new(new DateOnly(2027, 1, 30), "春节调休上班", "Spring Festival make-up workday"),
            new(new DateOnly(2027, 2, 20), "春节调休上班", "Spring Festival make-up workday"),
        ];
        return new CalendarArrangement(2027, Notice2027, new DateOnly(2026, 11, 12), holidays, workdays);
    }

    public static DateTimeOffset Thursday10December => new(2026, 12, 10, 17, 0, 0, TimeSpan.FromHours(8));

    /// <summary>A promised case accepted on Thu 10 Dec 2026, saved straight to the database (the counter's rules are tested elsewhere).</summary>
    public static async Task<Case> SeedCaseAsync(ClerkAppFactory app, int promisedDays, int statutoryDays, string department = "mz")
    {
        var calendar = app.Services.GetRequiredService<CalendarService>().Current;
        var number = $"CAL-{Guid.NewGuid().ToString("N")[..10]}";
        var input = new AcceptCase(number, "MZ-012", new LocalizedText("测试事项", "Test item"), ItemKind.Promised, department,
            promisedDays, statutoryDays, new Applicant(ApplicantKind.Person, "张三", TestIds.WangFang, "13812345678"), "{}", []);
        var @case = Case.Accept(input, Actors.Clerk, Thursday10December, CenterDay.Of(Thursday10December), calendar);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return @case;
    }

    public static async Task<Case> ReloadAsync(ClerkAppFactory app, string number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        return await db.Cases.AsNoTracking().SingleAsync(c => c.Number == number);
    }

    public static async Task UpdateAsync(ClerkAppFactory app, string number, Action<Case> change)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        change(await db.Cases.SingleAsync(c => c.Number == number));
        await db.SaveChangesAsync();
    }

    public static Actor Administrator => Actors.Admin;
}
