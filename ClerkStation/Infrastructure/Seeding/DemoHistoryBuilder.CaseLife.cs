using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>One case driven through its life with the domain's own methods: accepted, claimed, decided (sometimes after a supplement), delivered.</summary>
public sealed partial class DemoHistoryBuilder
{
    private Case Drive(ServiceItem item, Actor clerk, DateOnly day, DateTimeOffset at, DateOnly today)
    {
        var input = new AcceptCase(NextNumber(DemoHistoryMarker.CasePrefix, day), item.Code, item.Name, item.Kind, item.RouteTo,
            item.Kind == ItemKind.Promised ? Math.Max(1, item.PromisedDays) : 0,
            item.Kind == ItemKind.Promised ? Math.Max(Math.Max(1, item.PromisedDays), item.StatutoryDays ?? 0) : null,
            Applicant(), "{}", []);
        var @case = Case.Accept(input, clerk, at, day, calendar);
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
                @case.RequestSupplement(reviewer, At(pauseDay, 11 * 60), pauseDay, ["补充材料"]);
                paused = 2 + _random.Next(0, 3);
                var back = Add(pauseDay, paused);
                if (back >= today)
                {
                    return @case;
                }
                @case.RecordSupplement(clerk, At(back, 9 * 60 + 30), back, calendar);
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
}
