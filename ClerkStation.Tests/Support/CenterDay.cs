namespace ClerkStation.Tests.Support;

/// <summary>The day at a center on China Standard Time (the demo centers' zone), as the center's clock gives it for an instant.</summary>
public static class CenterDay
{
    private static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static DateOnly Of(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(ChinaStandardTime).DateTime);
}
