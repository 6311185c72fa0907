namespace ClerkStation.Domain.Cases;

/// <summary>Configurable deadline rules; common practice warns 1–3 working days ahead.</summary>
public sealed record DeadlinePolicy
{
    private readonly int _warningWorkingDays;

    public DeadlinePolicy(int warningWorkingDays)
    {
        WarningWorkingDays = warningWorkingDays;
    }

    public static DeadlinePolicy Default { get; } = new(2);

    /// <summary>Yellow when this many working days or fewer remain. Never negative (also through <c>with</c>).</summary>
    public int WarningWorkingDays
    {
        get => _warningWorkingDays;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _warningWorkingDays = value;
        }
    }
}
