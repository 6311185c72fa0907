namespace ClerkStation.Infrastructure.Persistence;

/// <summary>Daily counters behind human-readable numbers such as ZS-20261122-0001.</summary>
public sealed class NumberSequence
{
    /// <summary>Each center counts its own numbers (ADR 0018).</summary>
    public int CenterId { get; set; }

    public string Prefix { get; set; } = string.Empty;

    /// <summary>yyyyMMdd of the local day the number belongs to.</summary>
    public string Day { get; set; } = string.Empty;

    public int Last { get; set; }
}
