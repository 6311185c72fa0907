using System.Globalization;
using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Ratings;
using ClerkStation.Infrastructure.Persistence;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>One generated working day: its cases (driven through the real domain methods), counter decisions, ratings and tasks.</summary>
public sealed record DemoDay(DateOnly Day, List<Case> Cases, List<IntakeDecision> Decisions, List<ServiceRating> Ratings, List<RectificationTask> Tasks);

/// <summary>Who the generated history is about: the counter clerks, reviewers per department, and the supervisor.</summary>
public sealed record DemoStaff(IReadOnlyList<Actor> Clerks, IReadOnlyDictionary<string, Actor> Reviewers, Actor Supervisor);

/// <summary>
/// Plausible history for the demo and for the benchmark: every case goes through <see cref="Case"/>'s own methods
/// (accept → claim → approve/deny, sometimes supplement → deliver), so statuses, due dates and timelines are real.
/// Deterministic for a seed. Cases still undecided on <c>today</c> stay open, which fills the queues and the boards.
/// </summary>
public sealed class DemoHistoryBuilder(Domain.Catalog.Catalog catalog, WorkingDayCalendar calendar, DemoStaff staff, RectificationPolicy policy, int seed = 2026)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly Random _random = new(seed);
    private readonly Applicant[] _applicants = MakeApplicants();
    private int _serial;

    /// <summary>Cases per working day (±30 %).</summary>
    public int CasesPerDay { get; init; } = 36;

    public DateTimeOffset Now { get; init; } = DateTimeOffset.Now;

    /// <summary>The share of promised cases decided after their promised day.</summary>
    public double LateShare { get; init; } = 0.07;

    /// <summary>How many times an instant item is put in the draw (a center that finishes more on the spot).</summary>
    public int InstantWeight { get; init; } = 1;

    /// <summary>Goes into every generated number, so several centers' histories never share one.</summary>
    public string NumberTag { get; init; } = string.Empty;

    public IEnumerable<DemoDay> Build(DateOnly from, DateOnly today)
    {
        // Only what the comprehensive window really accepts: routing refuses police-counter items here.
        var items = catalog.Items.Where(i => Domain.Routing.RoutingPolicy.Route(i, catalog).IsAccepted).ToArray();
        // Civil affairs and social security items are the busiest at a township counter.
        var weighted = items.SelectMany(i => Enumerable.Repeat(i, (i.RouteTo is "mz" or "rs" ? 3 : 1) * (i.Kind == ItemKind.Instant ? InstantWeight : 1))).ToArray();
        for (var day = from; day <= today; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }
            yield return BuildDay(day, today, weighted);
        }
    }

    private DemoDay BuildDay(DateOnly day, DateOnly today, ServiceItem[] items)
    {
        var result = new DemoDay(day, [], [], [], []);
        var count = Math.Max(1, (int)(CasesPerDay * (0.7 + (_random.NextDouble() * 0.6))));
        for (var n = 0; n < count; n++)
        {
            var at = At(day, 9 * 60 + _random.Next(0, 7 * 60));
            if (at > Now)
            {
                continue; // today: only what has already happened
            }
            var clerk = staff.Clerks[_random.Next(staff.Clerks.Count)];
            var item = items[_random.Next(items.Length)];
            var roll = _random.NextDouble();
            if (roll < 0.06)
            {
                result.Decisions.Add(Notice(item, clerk, at));
                continue;
            }
            if (roll < 0.075)
            {
                result.Decisions.Add(IntakeDecision.Refuse(NextNumber("DEMO-BY", day), item.Code, item.Name, item.RouteTo, Applicant(), "不属于本中心受理范围", clerk, at));
                continue;
            }
            var @case = Drive(item, clerk, day, at, today);
            result.Cases.Add(@case);
            if (@case.Status == CaseStatus.Delivered && _random.NextDouble() < 0.7)
            {
                Rate(@case, today, result);
            }
        }
        return result;
    }

    private Case Drive(ServiceItem item, Actor clerk, DateOnly day, DateTimeOffset at, DateOnly today)
    {
        var input = new AcceptCase(NextNumber(DemoHistoryMarker.CasePrefix, day), item.Code, item.Name, item.Kind, item.RouteTo,
            item.Kind == ItemKind.Promised ? Math.Max(1, item.PromisedDays) : 0,
            item.Kind == ItemKind.Promised ? Math.Max(Math.Max(1, item.PromisedDays), item.StatutoryDays ?? 0) : null,
            Applicant(), "{}", []);
        var @case = Case.Accept(input, clerk, at, calendar);
        if (@case.ItemKind == ItemKind.Instant)
        {
            Deliver(@case, clerk, day, 0, today);
            return @case;
        }

        var reviewer = staff.Reviewers.TryGetValue(item.RouteTo, out var r) ? r
            : Actor.Create("demo-" + item.RouteTo, (catalog.FindDepartment(item.RouteTo)?.Name.Zh ?? item.RouteTo) + "审核员", [StaffRole.Reviewer], [item.RouteTo]);
        var claimDay = Add(day, _random.NextDouble() < 0.6 ? 0 : 1);
        if (claimDay >= today && (claimDay > today || _random.NextDouble() < 0.5))
        {
            return @case; // still in the queue
        }
        @case.Claim(reviewer, At(claimDay, 10 * 60));

        var promised = @case.PromisedDays;
        var lateRoll = _random.NextDouble();
        var takes = lateRoll < LateShare ? promised + 1 + _random.Next(0, 3) : Math.Max(0, promised - _random.Next(0, Math.Max(1, promised)));
        var paused = 0;
        if (_random.NextDouble() < 0.08)
        {
            var pauseDay = Add(claimDay, 1);
            if (pauseDay < today)
            {
                @case.RequestSupplement(reviewer, At(pauseDay, 11 * 60), ["补充材料"]);
                paused = 2 + _random.Next(0, 3);
                var back = Add(pauseDay, paused);
                if (back >= today)
                {
                    return @case;
                }
                @case.RecordSupplement(clerk, At(back, 9 * 60 + 30), calendar);
            }
        }
        var decideDay = Add(day, takes + paused);
        if (decideDay < claimDay)
        {
            decideDay = claimDay;
        }
        if (decideDay >= today)
        {
            return @case; // under review
        }
        var decideAt = At(decideDay, 15 * 60 + _random.Next(0, 90));
        if (_random.NextDouble() < 0.04)
        {
            @case.Deny(reviewer, decideAt, "不符合申请条件");
        }
        else
        {
            @case.Approve(reviewer, decideAt);
        }
        Deliver(@case, clerk, decideDay, 1 + _random.Next(0, 3), today);
        return @case;
    }

    private void Deliver(Case @case, Actor clerk, DateOnly decided, int afterDays, DateOnly today)
    {
        var day = Add(decided, afterDays);
        if (day > today || (day == today && _random.NextDouble() < 0.5))
        {
            return; // waiting at the window
        }
        var at = afterDays == 0 ? @case.AcceptedAt.AddMinutes(5) : At(day, 9 * 60 + _random.Next(0, 420));
        if (at > Now)
        {
            return;
        }
        @case.Deliver(clerk, at, DeliveryMethod.Window, @case.Applicant.Name, @case.Applicant.IdNumber, null);
    }

    private void Rate(Case @case, DateOnly today, DemoDay into)
    {
        var at = @case.DeliveredAt!.Value.AddMinutes(2);
        var rating = ServiceRating.Invite(@case.Id, @case.Number, @case.ItemCode, @case.ItemName, @case.DepartmentCode,
            @case.Delivery!.DeliveredById, @case.Delivery.DeliveredByName, RatingInvitations.NewToken(), at);
        var roll = _random.NextDouble();
        var level = roll < 0.72 ? RatingLevel.VerySatisfied : roll < 0.9 ? RatingLevel.Satisfied : roll < 0.96 ? RatingLevel.Basic
            : roll < 0.99 ? RatingLevel.Dissatisfied : RatingLevel.VeryDissatisfied;
        rating.Rate(level, level.IsBad() ? "等待时间太长，材料要求没有一次说清" : null, at);
        into.Ratings.Add(rating);
        if (!level.IsBad())
        {
            return;
        }
        var task = RectificationTask.Open(rating, at, calendar, policy);
        into.Tasks.Add(task);
        var callbackDay = Add(task.OpenedOn, _random.NextDouble() < 0.9 ? 1 : 2);
        if (callbackDay >= today)
        {
            return;
        }
        task.RecordCallback(staff.Supervisor, At(callbackDay, 10 * 60), "已电话回访，核实情况属实");
        var fixDay = Add(callbackDay, 2 + _random.Next(0, 16));
        if (fixDay >= today)
        {
            return;
        }
        task.RecordFix(staff.Supervisor, At(fixDay, 14 * 60), "已优化窗口叫号与材料告知，并向申请人反馈");
        task.Close(staff.Supervisor, At(fixDay, 16 * 60));
    }

    private DateOnly Add(DateOnly start, int workingDays) => calendar.AddWorkingDays(start, workingDays);

    private IntakeDecision Notice(ServiceItem item, Actor clerk, DateTimeOffset at)
    {
        var material = item.Materials.Count > 0 ? item.Materials[_random.Next(item.Materials.Count)] : null;
        var line = new NoticeLine(NoticeLineKind.Material, material?.Code ?? "M0", material?.Name ?? new LocalizedText("申请材料", "Application material"),
            new LocalizedText("未提供", "Not provided"));
        return IntakeDecision.IssueOneTimeNotice(NextNumber("DEMO-GZ", DateOnly.FromDateTime(at.DateTime)), item.Code, item.Name, item.RouteTo, Applicant(), [line], null, clerk, at);
    }

    private Applicant Applicant() => _applicants[_random.Next(_applicants.Length)];

    private string NextNumber(string prefix, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{NumberTag}-{day:yyyyMMdd}-{++_serial:D7}");

    private static DateTimeOffset At(DateOnly day, int minuteOfDay) => new(day.ToDateTime(new TimeOnly(minuteOfDay / 60, minuteOfDay % 60)), China);

    private static Applicant[] MakeApplicants()
    {
        string[] names = ["陈海燕", "王建军", "李秀英", "张伟", "刘芳", "周国强", "吴丽华", "郑小龙", "孙美玲", "林志明", "徐静", "何永福"];
        return names.Select((n, i) => new Applicant(ApplicantKind.Person, n, DemoIds[i % DemoIds.Length], "1380580" + (1000 + i).ToString(CultureInfo.InvariantCulture), "舟山市定海区"))
            .ToArray();
    }

    // Valid check digits (GB 11643), clearly fictional.
    private static readonly string[] DemoIds = ["33090219800101001X", "330902198502020028", "330902199003030031", "330902197504040044"];
}
