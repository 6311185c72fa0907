using System.Globalization;
using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Tests.Domain.Calendar;
using static ClerkStation.Tests.Support.Actors;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>Inputs and cases in every status, shared by the case tests (the people are <see cref="Actors"/>).</summary>
public static class CaseTestKit
{
    public static WorkingDayCalendar Cal => CalendarTestData.Calendar;

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>10:00 China Standard Time on the given day.</summary>
    public static DateTimeOffset At(string iso, int hour = 10) => new(D(iso).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    /// <summary>Asserts that <paramref name="act"/> breaks the domain rule <paramref name="code"/>.</summary>
    public static void AssertCode(string code, Action act) => Assert.Equal(code, Assert.Throws<DomainRuleException>(act).Code);

    public static Applicant Person { get; } = new(ApplicantKind.Person, "张三", "33020319900101123X", "13812345678", "舟山市定海区");

    public static AcceptCase Promised(int promisedDays = 5, int? statutoryDays = 10) => new(
        "ZS-20260209-0001",
        "MZ-001",
        new LocalizedText("最低生活保障家庭认定", "Minimum living allowance"),
        ItemKind.Promised,
        "mz",
        promisedDays,
        statutoryDays,
        Person,
        """{"household":3}""",
        [
            new MaterialRecord("M1", new LocalizedText("居民身份证", "Resident ID card"), MaterialStatus.Original),
            new MaterialRecord("M2", new LocalizedText("户口簿", "Household register"), MaterialStatus.ELicense),
        ]);

    public static AcceptCase Instant() => Promised() with
    {
        Number = "ZS-20260209-0002",
        ItemCode = "MZ-010",
        ItemName = new LocalizedText("婚姻登记记录证明", "Marriage record certificate"),
        ItemKind = ItemKind.Instant,
        PromisedDays = 0,
        StatutoryDays = null,
    };

    /// <summary>The day everything in <see cref="CaseIn"/> happens: Mon 2026-02-09.</summary>
    public static readonly DateTimeOffset Day = At("2026-02-09");

    /// <summary>The day of <see cref="Day"/> at the center, as its clock passes it to the domain.</summary>
    public static readonly DateOnly Today = D("2026-02-09");

    /// <summary>A promised case accepted on <see cref="Day"/> and driven to <paramref name="status"/> (held by <see cref="Actors.ReviewerMz"/> where claimed).</summary>
    public static Case CaseIn(CaseStatus status)
    {
        var @case = Case.Accept(Promised(), Clerk, Day, Today, Cal);
        switch (status)
        {
            case CaseStatus.Routed:
                break;
            case CaseStatus.InReview:
                @case.Claim(ReviewerMz, Day);
                break;
            case CaseStatus.SupplementRequested:
                @case.Claim(ReviewerMz, Day);
                @case.RequestSupplement(ReviewerMz, Day, Today, ["户口簿复印件"]);
                break;
            case CaseStatus.Suspended:
                @case.Claim(ReviewerMz, Day);
                @case.Suspend(ReviewerMz, Day, Today, "入户调查");
                break;
            case CaseStatus.ReadyForDelivery:
                @case.Claim(ReviewerMz, Day);
                @case.Approve(ReviewerMz, Day);
                break;
            case CaseStatus.Delivered:
                @case.Claim(ReviewerMz, Day);
                @case.Approve(ReviewerMz, Day);
                @case.Deliver(Clerk, Day, DeliveryMethod.Electronic, null, null, null);
                break;
            case CaseStatus.Withdrawn:
                @case.Withdraw(Clerk, Day, "申请人撤回");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status));
        }
        Assert.Equal(status, @case.Status);
        return @case;
    }
}
