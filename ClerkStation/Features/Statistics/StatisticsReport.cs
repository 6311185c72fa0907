using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Statistics;

namespace ClerkStation.Features.Statistics;

/// <summary>Date range (inclusive, center days) and an optional department.</summary>
public sealed record StatisticsFilter(DateOnly From, DateOnly To, string? DepartmentCode = null)
{
    /// <summary>The statistics' range rule (reports and CSV exports alike): from before to, at most two years.</summary>
    public static IReadOnlyList<Infrastructure.Pipeline.ValidationProblem> RangeProblems(DateOnly from, DateOnly to) =>
        from > to || to.DayNumber - from.DayNumber > 731 ? [new Infrastructure.Pipeline.ValidationProblem("range", "statistics.badRange")] : [];
}

public sealed record DayVolume(DateOnly Day, int Accepted, int Instant);

public sealed record DepartmentFigures(string Code, int Accepted, int Instant, int Decided, int Late)
{
    public double InstantShare => Figures.Percent(Instant, Accepted);
    public double OverdueRate => Figures.Percent(Late, Decided);
}

public sealed record ItemVolume(string Code, int Accepted);

public sealed record ClerkFigures(string Id, string Name, int Accepted, int Instant, int Notices, int Refusals);

public sealed record RatingFigures(IReadOnlyDictionary<RatingLevel, int> ByLevel, int Excluded)
{
    public int Total => ByLevel.Values.Sum();
    public int Bad => ByLevel.Where(p => p.Key.IsBad()).Sum(p => p.Value);
    /// <summary>满意率: ratings that are not 差评, over all (non-excluded) ratings.</summary>
    public double SatisfactionRate => Figures.Percent(Total - Bad, Total);
}

public sealed record RectificationFigures(int Opened, int Finished, int OnTime, int OverdueNow)
{
    /// <summary>
    /// 整改按时率: of the tasks opened in the range that are finished or already overdue (the ones whose outcome is known),
    /// the share with both callback and fix on time. Tasks still within their deadlines do not count yet.
    /// </summary>
    public double OnTimeRate => Figures.Percent(OnTime, Finished + OverdueNow);
}

public sealed record StatisticsReport(
    StatisticsFilter Filter,
    int Accepted,
    int Instant,
    int Notices,
    int Refusals,
    HandlingSummary Handling,
    IReadOnlyList<DayVolume> Days,
    IReadOnlyList<DepartmentFigures> Departments,
    IReadOnlyList<ItemVolume> Items,
    IReadOnlyList<ClerkFigures> Clerks,
    RatingFigures Ratings,
    RectificationFigures Rectification,
    bool IsDemoData,
    WaiverFigures? Waivers = null,
    ChannelFigures? ChannelCounts = null)
{
    /// <summary>渠道: accepted cases per channel and the online share.</summary>
    public ChannelFigures Channels => ChannelCounts ?? ChannelFigures.Empty;

    /// <summary>免提交: required materials waived by e-licence or commitment, in total, per department and per item.</summary>
    public WaiverFigures Waived => Waivers ?? WaiverFigures.Empty;

    public double InstantShare => Figures.Percent(Instant, Accepted);
    public double OverdueRate => Figures.Percent(Handling.Late, Handling.Cases);
}

/// <summary>What accepted and decided cases add up to over a range, before the assembly (from the range query or the kept days).</summary>
public sealed record AcceptedFigures(
    IReadOnlyList<DayDepartmentCount> ByDayAndDepartment,
    IReadOnlyList<ItemVolume> Items,
    IReadOnlyList<KeyValuePair<Channel, int>> Channels,
    IReadOnlyList<ClerkCount> Clerks,
    IReadOnlyList<(string Department, HandlingGroup Group)> Handling,
    WaiverFigures Waivers);

public readonly record struct DayDepartmentCount(DateOnly Day, string Department, int Count, int Instant);

public readonly record struct ClerkCount(string Id, string Name, int Count, int Instant);
