namespace ClerkStation.Domain.Ratings;

/// <summary>
/// The closed loop of a bad rating (嵊州 2024): received → called back → (appeal → reviewed) → fix reported → closed.
/// </summary>
public enum RectificationStatus
{
    /// <summary>差评 received; the callback is due.</summary>
    Open,
    /// <summary>回访 done; the fix is due.</summary>
    CalledBack,
    /// <summary>申诉: the unit says the rating was mistaken or malicious; a supervisor reviews it.</summary>
    Appealed,
    /// <summary>整改反馈: the fix and its outcome are recorded; the supervisor closes the task.</summary>
    Fixed,
    /// <summary>Closed by the supervisor after the fix.</summary>
    Closed,
    /// <summary>Appeal upheld: the rating is excluded and the task ends without a fix.</summary>
    Dismissed,
}
