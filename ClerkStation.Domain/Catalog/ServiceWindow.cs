namespace ClerkStation.Domain.Catalog;

/// <summary>Where a department's items are taken in: the comprehensive window, or the separate police counter.</summary>
public enum ServiceWindow
{
    Comprehensive,
    Police,
}
