namespace ClerkStation.Infrastructure;

/// <summary>The time zone ids a center may have: any IANA id the machine knows (Asia/Shanghai for every Zhejiang center).</summary>
public static class CenterTimeZones
{
    public const string Default = "Asia/Shanghai";

    public static bool IsKnown(string? id) =>
        id?.Trim() is { Length: > 0 and <= 64 } trimmed && TimeZoneInfo.TryFindSystemTimeZoneById(trimmed, out _);

    /// <summary>The zone of <paramref name="id"/>, or the default one when the id is unknown here.</summary>
    public static TimeZoneInfo Find(string? id) =>
        IsKnown(id) ? TimeZoneInfo.FindSystemTimeZoneById(id!.Trim()) : TimeZoneInfo.FindSystemTimeZoneById(Default);
}
