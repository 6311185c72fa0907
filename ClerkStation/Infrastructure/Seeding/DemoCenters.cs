namespace ClerkStation.Infrastructure.Seeding;

/// <summary>
/// A center demo mode adds beside the configured one, with its own accounts (<c>clerk.{Tag}</c>, <c>reviewer.{Tag}</c>,
/// <c>supervisor.{Tag}</c>) and a history of its own character, so /city has differences to show.
/// </summary>
/// <param name="CasesPerDay">How busy it is.</param>
/// <param name="LateShare">The share of promised cases decided after their promised day.</param>
/// <param name="InstantWeight">How much more often an instant item is chosen than in the default center (1 = the same).</param>
public sealed record DemoCenter(int Id, string Code, string Name, string County, string CasePrefix, string Tag, int CasesPerDay, double LateShare, int InstantWeight, int Seed);

public static class DemoCenters
{
    /// <summary>Two island townships of Zhoushan (seeds: 岱山县高亭镇, 普陀区桃花镇).</summary>
    public static readonly IReadOnlyList<DemoCenter> All =
    [
        new(2, "gaoting", "高亭镇便民服务中心", "岱山县", "GT", "gt", CasesPerDay: 28, LateShare: 0.02, InstantWeight: 3, Seed: 2027),
        new(3, "taohua", "桃花镇便民服务中心", "普陀区", "TH", "th", CasesPerDay: 12, LateShare: 0.18, InstantWeight: 1, Seed: 2028),
    ];
}
