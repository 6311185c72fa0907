using System.Globalization;
using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Staff;
using ClerkStation.Tests.Domain.Calendar;

namespace ClerkStation.Tests.Domain.Cases;

/// <summary>Actors, inputs and cases in every status, shared by the case tests.</summary>
public static class CaseTestKit
{
    public static WorkingDayCalendar Cal => CalendarTestData.Calendar;

    public static readonly Actor Clerk = Actor.Create("c1", "王受理", [StaffRole.Clerk]);
    public static readonly Actor Clerk2 = Actor.Create("c2", "陈受理", [StaffRole.Clerk]);
    public static readonly Actor Trainee = Actor.Create("t1", "学员小周", [StaffRole.Trainee]);
    public static readonly Actor Reviewer = Actor.Create("r1", "李审核", [StaffRole.Reviewer], ["mz"]);
    public static readonly Actor Reviewer2 = Actor.Create("r2", "赵审核", [StaffRole.Reviewer], ["mz"]);
    public static readonly Actor OtherDeptReviewer = Actor.Create("r3", "钱审核", [StaffRole.Reviewer], ["sb"]);
    public static readonly Actor Supervisor = Actor.Create("s1", "孙值班长", [StaffRole.Supervisor]);
    public static readonly Actor Admin = Actor.Create("a1", "管理员", [StaffRole.Admin]);
    public static readonly Actor Trainer = Actor.Create("tr1", "培训师", [StaffRole.Trainer]);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>10:00 China Standard Time on the given day.</summary>
    public static DateTimeOffset At(string iso, int hour = 10) => new(D(iso).ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

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

    /// <summary>A promised case accepted on <see cref="Day"/> and driven to <paramref name="status"/> (held by <see cref="Reviewer"/> where claimed).</summary>
    public static Case CaseIn(CaseStatus status)
    {
        var @case = Case.Accept(Promised(), Clerk, Day, Cal);
        switch (status)
        {
            case CaseStatus.Routed:
                break;
            case CaseStatus.InReview:
                @case.Claim(Reviewer, Day);
                break;
            case CaseStatus.SupplementRequested:
                @case.Claim(Reviewer, Day);
                @case.RequestSupplement(Reviewer, Day, ["户口簿复印件"]);
                break;
            case CaseStatus.Suspended:
                @case.Claim(Reviewer, Day);
                @case.Suspend(Reviewer, Day, "入户调查");
                break;
            case CaseStatus.ReadyForDelivery:
                @case.Claim(Reviewer, Day);
                @case.Approve(Reviewer, Day);
                break;
            case CaseStatus.Delivered:
                @case.Claim(Reviewer, Day);
                @case.Approve(Reviewer, Day);
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
