namespace ClerkStation.Domain.Catalog;

/// <summary>即办件 (finished at the counter) or 承诺件 (finished within promised working days).</summary>
public enum ItemKind
{
    Instant,
    Promised,
}
