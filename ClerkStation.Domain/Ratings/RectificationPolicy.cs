namespace ClerkStation.Domain.Ratings;

/// <summary>
/// Deadlines of a bad rating's follow-up, in working days after the rating: Zhejiang calls back within 1 day and fixes
/// within 15; other places use 5 or 7. Configurable.
/// </summary>
public sealed record RectificationPolicy
{
    public RectificationPolicy(int callbackWorkingDays, int fixWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(callbackWorkingDays, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(fixWorkingDays, callbackWorkingDays);
        CallbackWorkingDays = callbackWorkingDays;
        FixWorkingDays = fixWorkingDays;
    }

    public static RectificationPolicy Zhejiang { get; } = new(1, 15);

    public int CallbackWorkingDays { get; }

    public int FixWorkingDays { get; }
}
