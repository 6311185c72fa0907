namespace ClerkStation.Domain.Cases;

/// <summary>Configurable deadline rules; common practice warns 1–3 working days ahead.</summary>
public sealed record DeadlinePolicy
{
    public DeadlinePolicy(int warningWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warningWorkingDays);
        WarningWorkingDays = warningWorkingDays;
    }

    public static DeadlinePolicy Default { get; } = new(2);

    /// <summary>Yellow when this many working days or fewer remain.</summary>
    public int WarningWorkingDays { get; init; }
}
