using ClerkStation.Domain.Calendar;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Statistics;

namespace ClerkStation.Features.Statistics;

/// <summary>The report put together from the accepted figures (range query or kept days) and the live facts.</summary>
public static partial class StatisticsQueries
{
    private static StatisticsReport Assemble(StatisticsFilter filter, AcceptedFigures accepted, LiveFacts live, WorkingDayCalendar calendar, DateOnly today)
    {
        var (byDayAndDepartment, groups, decisionRows, ratingRows, taskList) = (accepted.ByDayAndDepartment, accepted.Handling, live.Decisions, live.Ratings, live.Tasks);
        var workingDays = new Dictionary<(DateOnly, DateOnly), int>();
        var handling = Figures.Handling(groups.Select(g => g.Group), calendar, workingDays);
        var groupsByDepartment = groups.ToLookup(g => g.Department, g => g.Group, StringComparer.Ordinal);
        var acceptedByDepartment = byDayAndDepartment.ToLookup(r => r.Department, StringComparer.Ordinal);
        var departmentCodes = byDayAndDepartment.Select(r => r.Department).Concat(groups.Select(g => g.Department)).Distinct(StringComparer.Ordinal);
        var departments = departmentCodes
            .Select(code =>
            {
                var mine = acceptedByDepartment[code].ToList();
                var h = Figures.Handling(groupsByDepartment[code], calendar, workingDays);
                return new DepartmentFigures(code, mine.Sum(r => r.Count), mine.Sum(r => r.Instant), h.Cases, h.Late);
            })
            .OrderByDescending(d => d.Accepted).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();

        var days = byDayAndDepartment.GroupBy(r => r.Day)
            .Select(g => new DayVolume(g.Key, g.Sum(r => r.Count), g.Sum(r => r.Instant)))
            .OrderBy(d => d.Day)
            .ToList();

        var clerkFigures = accepted.Clerks
            .Concat(decisionRows.Select(d => new ClerkCount(d.ClerkId, d.ClerkName, 0, 0)))
            .GroupBy(c => c.Id)
            .Select(g => new ClerkFigures(g.Key, g.First().Name, g.Sum(c => c.Count), g.Sum(c => c.Instant),
                decisionRows.Where(d => d.ClerkId == g.Key && d.Kind == IntakeDecisionKind.OneTimeNotice).Sum(d => d.Count),
                decisionRows.Where(d => d.ClerkId == g.Key && d.Kind == IntakeDecisionKind.Refusal).Sum(d => d.Count)))
            .OrderByDescending(c => c.Accepted).ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();

        var byLevel = RatingLevels.BestFirst.ToDictionary(l => l, l => ratingRows.Where(r => r.Level == l && !r.Excluded).Sum(r => r.Count));

        return new StatisticsReport(
            filter,
            byDayAndDepartment.Sum(r => r.Count),
            byDayAndDepartment.Sum(r => r.Instant),
            decisionRows.Where(d => d.Kind == IntakeDecisionKind.OneTimeNotice).Sum(d => d.Count),
            decisionRows.Where(d => d.Kind == IntakeDecisionKind.Refusal).Sum(d => d.Count),
            handling,
            days,
            departments,
            accepted.Items,
            clerkFigures,
            new RatingFigures(byLevel, ratingRows.Where(r => r.Excluded && r.Level != null).Sum(r => r.Count)),
            new RectificationFigures(taskList.Count, taskList.Count(t => t.IsFinished), taskList.Count(t => t.WasOnTime), taskList.Count(t => t.IsOverdueOn(today))),
            live.IsDemo,
            accepted.Waivers,
            ChannelFigures.Of(accepted.Channels));
    }
}
