using System.Globalization;
using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Ratings;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>
/// Plausible history for the demo and for the benchmark: every case goes through <see cref="Case"/>'s own methods
/// (accept → claim → approve/deny, sometimes supplement → deliver), so statuses, due dates and timelines are real.
/// Deterministic for a seed. Cases still undecided on <c>today</c> stay open, which fills the queues and the boards.
/// </summary>
public sealed partial class DemoHistoryBuilder(Domain.Catalog.Catalog catalog, WorkingDayCalendar calendar, DemoStaff staff, RectificationPolicy policy, int seed = 2026)
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly Random _random = new(seed);
    private readonly Applicant[] _applicants = DemoApplicants.Make();
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
                result.Decisions.Add(Notice(item, clerk, at, day));
                continue;
            }
            if (roll < 0.075)
            {
                result.Decisions.Add(IntakeDecision.Refuse(NextNumber("DEMO-BY", day), item.Code, item.Name, item.RouteTo, Applicant(), "不属于本中心受理范围", clerk, at, day));
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

    private DateOnly Add(DateOnly start, int workingDays) => calendar.AddWorkingDays(start, workingDays);

    private IntakeDecision Notice(ServiceItem item, Actor clerk, DateTimeOffset at, DateOnly day)
    {
        var material = item.Materials.Count > 0 ? item.Materials[_random.Next(item.Materials.Count)] : null;
        var line = new NoticeLine(NoticeLineKind.Material, material?.Code ?? "M0", material?.Name ?? new LocalizedText("申请材料", "Application material"),
            new LocalizedText("未提供", "Not provided"));
        return IntakeDecision.IssueOneTimeNotice(NextNumber("DEMO-GZ", day), item.Code, item.Name, item.RouteTo, Applicant(), [line], null, clerk, at, day);
    }

    private Applicant Applicant() => _applicants[_random.Next(_applicants.Length)];

    private string NextNumber(string prefix, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{NumberTag}-{day:yyyyMMdd}-{++_serial:D7}");

    private static DateTimeOffset At(DateOnly day, int minuteOfDay) => new(day.ToDateTime(new TimeOnly(minuteOfDay / 60, minuteOfDay % 60)), China);
}
