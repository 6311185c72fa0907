using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Shared;

namespace ClerkStation.Features.Supervisor;

/// <summary>
/// The queries behind the floor, each a GROUP BY over an index range (today's rows, or the open statuses); only the
/// cases close to their deadline are loaded whole, to compute their traffic light with the domain's own rule.
/// Kept free of the mediator so the benchmark runs exactly these queries.
/// </summary>
public static partial class FloorQueries
{
    public const int BoardLimit = 200;

    /// <summary>Runs the independent queries concurrently, each on its own context from <paramref name="dbFactory"/>.</summary>
    public static async Task<FloorSnapshot> LoadAsync(IDbContextFactory<ClerkDbContext> dbFactory, DateOnly today, WorkingDayCalendar calendar, DeadlinePolicy policy, CancellationToken ct = default)
    {
        Task<T> Run<T>(Func<ClerkDbContext, Task<T>> query) => dbFactory.RunAsync(query, ct);

        var acceptedTask = Run(db => db.Cases.AsNoTracking()
            .Where(c => c.AcceptedOn == today)
            .GroupBy(c => new { c.AcceptedById, c.AcceptedByName, c.DepartmentCode })
            .Select(g => new { g.Key.AcceptedById, g.Key.AcceptedByName, g.Key.DepartmentCode, Count = g.Count(), Instant = g.Count(c => c.ItemKind == ItemKind.Instant) })
            .ToListAsync(ct));

        var (dayStart, dayEnd) = DayRange.Of(today, today);
        var completedTask = Run(db => db.Database.SqlQuery<CompletedRow>($"""
            SELECT "AssignedClerkId", "AssignedClerkName", "DepartmentCode", COUNT(*) AS "Count" FROM "Cases"
            WHERE "DecidedAt" >= {dayStart} AND "DecidedAt" < {dayEnd} AND ("CenterId" = {db.SqlCenter} OR {db.SqlAllCenters} = 1)
            GROUP BY "AssignedClerkId", "AssignedClerkName", "DepartmentCode"
            """).ToListAsync(ct));

        var decisionsTask = Run(db => db.IntakeDecisions.AsNoTracking()
            .Where(d => d.Day == today)
            .GroupBy(d => new { d.ClerkId, d.ClerkName, d.DepartmentCode, d.Kind })
            .Select(g => new { g.Key.ClerkId, g.Key.ClerkName, g.Key.DepartmentCode, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct));

        var openTask = Run(db => db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Routed || c.Status == CaseStatus.InReview || c.Status == CaseStatus.SupplementRequested || c.Status == CaseStatus.Suspended)
            .GroupBy(c => new { c.DepartmentCode, c.Status, c.ClaimedById, c.ClaimedByName })
            .Select(g => new { g.Key.DepartmentCode, g.Key.Status, g.Key.ClaimedById, g.Key.ClaimedByName, Count = g.Count() })
            .ToListAsync(ct));

        var clerkLoadTask = Run(db => db.Cases.AsNoTracking()
            .Where(c => c.Status == CaseStatus.Routed || c.Status == CaseStatus.InReview || c.Status == CaseStatus.SupplementRequested
                || c.Status == CaseStatus.Suspended || c.Status == CaseStatus.ReadyForDelivery)
            .GroupBy(c => new { c.AssignedClerkId, c.AssignedClerkName, Ready = c.Status == CaseStatus.ReadyForDelivery })
            .Select(g => new { g.Key.AssignedClerkId, g.Key.AssignedClerkName, g.Key.Ready, Count = g.Count() })
            .ToListAsync(ct));

        // Candidates for the boards: due on or before the last day of the warning window. Paused cases keep the light
        // they had when they stopped, so the domain decides on the loaded rows.
        var horizon = calendar.Covers(today.Year) ? calendar.AddWorkingDays(today, policy.WarningWorkingDays) : today;
        var nearTask = Run(db => db.Cases.AsNoTracking()
            .Where(c => (c.Status == CaseStatus.Routed || c.Status == CaseStatus.InReview || c.Status == CaseStatus.SupplementRequested || c.Status == CaseStatus.Suspended)
                && c.DueDate != null && c.DueDate <= horizon)
            .OrderBy(c => c.DueDate)
            .Take(BoardLimit * 2)
            .ToListAsync(ct));

        // The small ones share one context.
        var followUpTask = Run(async db =>
        {
            var openTasks = await db.Database.SqlQueryRaw<TaskDueRow>(UnfinishedTasksSql(db.Database.IsSqlite(), db.CenterScope)).ToListAsync(ct);
            var openComplaints = await db.Complaints.CountAsync(c => c.Status != Domain.Complaints.ComplaintStatus.Closed, ct);
            return (openTasks, openComplaints);
        });

        await Task.WhenAll(acceptedTask, completedTask, decisionsTask, openTask, clerkLoadTask, nearTask, followUpTask);
        var (accepted, completed, decisions, open, clerkLoad, near) =
            (acceptedTask.Result, completedTask.Result, decisionsTask.Result, openTask.Result, clerkLoadTask.Result, nearTask.Result);
        var (openTasks, openComplaints) = followUpTask.Result;

        var tally = new FloorTally();
        foreach (var a in accepted)
        {
            tally.Add(a.AcceptedById, a.AcceptedByName, a.DepartmentCode, c =>
            {
                c.Accepted += a.Count;
                c.Instant += a.Instant;
            });
        }
        foreach (var d in completed)
        {
            tally.Add(d.AssignedClerkId, d.AssignedClerkName, d.DepartmentCode, c => c.Completed += d.Count);
        }
        foreach (var d in decisions)
        {
            tally.Add(d.ClerkId, d.ClerkName, d.DepartmentCode, c =>
            {
                if (d.Kind == IntakeDecisionKind.Refusal)
                {
                    c.Refused += d.Count;
                }
                else
                {
                    c.Notices += d.Count;
                }
            });
        }

        var queues = open.GroupBy(o => o.DepartmentCode)
            .Select(g => new QueueCount(g.Key,
                g.Where(o => o.Status == CaseStatus.Routed).Sum(o => o.Count),
                g.Where(o => o.Status == CaseStatus.InReview).Sum(o => o.Count),
                g.Where(o => o.Status == CaseStatus.SupplementRequested).Sum(o => o.Count),
                g.Where(o => o.Status == CaseStatus.Suspended).Sum(o => o.Count)))
            .OrderByDescending(q => q.Total).ThenBy(q => q.DepartmentCode, StringComparer.Ordinal)
            .ToList();
        var reviewers = open.Where(o => o.ClaimedById is not null)
            .GroupBy(o => o.ClaimedById!)
            .Select(g => new Workload(g.Key, g.First().ClaimedByName ?? g.Key, g.Sum(o => o.Count), 0))
            .OrderByDescending(w => w.Open).ThenBy(w => w.Name, StringComparer.Ordinal)
            .ToList();

        var clerks = clerkLoad.GroupBy(c => c.AssignedClerkId)
            .Select(g => new Workload(g.Key, g.First().AssignedClerkName, g.Where(c => !c.Ready).Sum(c => c.Count), g.Where(c => c.Ready).Sum(c => c.Count)))
            .OrderByDescending(w => w.Open + w.ReadyForDelivery).ThenBy(w => w.Name, StringComparer.Ordinal)
            .ToList();

        var risk = near
            .Select(c => new RiskRow(c.Id, c.Number, c.ItemCode, c.ItemName, c.DepartmentCode, c.Status, c.DueDate,
                calendar.Covers(today.Year) ? c.RemainingWorkingDays(today, calendar) : null,
                calendar.Covers(today.Year) ? c.LightOn(today, calendar, policy) : DeadlineLight.None,
                c.ClaimedById, c.ClaimedByName, c.AssignedClerkId, c.AssignedClerkName))
            .OrderByDescending(r => r.Light).ThenBy(r => r.RemainingWorkingDays ?? 0).ThenBy(r => r.Number, StringComparer.Ordinal)
            .ToList();

        return new FloorSnapshot(
            today,
            tally.Totals,
            tally.ByClerk,
            tally.ByDepartment,
            queues,
            risk.Where(r => r.Light is DeadlineLight.Red or DeadlineLight.Severe).Take(BoardLimit).ToList(),
            risk.Where(r => r.Light == DeadlineLight.Yellow).Take(BoardLimit).ToList(),
            clerks,
            reviewers,
            openTasks.Count,
            openTasks.Count(t => (t.CalledBackOn is null && today > t.CallbackDue) || (t.FixedOn is null && today > t.FixDue)),
            openComplaints);
    }
}
