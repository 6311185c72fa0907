namespace ClerkStation.Infrastructure.Persistence;

/// <summary>What one table's copy did: rows in the source, rows added to the target now, rows in the target afterwards.</summary>
public sealed record TableCopy(string Table, long Source, long Copied, long Target)
{
    public bool Verified => Source == Target;
}
