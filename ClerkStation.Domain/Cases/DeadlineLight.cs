namespace ClerkStation.Domain.Cases;

/// <summary>Traffic light of a case's deadline, as shown in queues and on the supervisor's boards.</summary>
public enum DeadlineLight
{
    /// <summary>No deadline (instant item) or no longer running (decided, delivered, withdrawn).</summary>
    None,
    Green,
    /// <summary>Due within the warning window (黄牌).</summary>
    Yellow,
    /// <summary>Past the promised limit: 超期 (红牌).</summary>
    Red,
    /// <summary>Past the statutory limit: a more serious violation.</summary>
    Severe,
}
