namespace ClerkStation.Infrastructure;

/// <summary>
/// The center's local time (China Standard Time by default). Acceptance days, case numbers and deadlines are counted
/// in the center's day, whatever the server's own time zone is.
/// </summary>
public sealed class CenterClock(TimeProvider time, IConfiguration configuration)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(configuration["Center:TimeZone"] ?? "Asia/Shanghai");

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>A stored instant (UTC in the database) as the center's clock shows it.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);
}
