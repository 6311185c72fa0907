namespace ClerkStation.Domain.Catalog;

/// <summary>Prose for the 办事指南 panel.</summary>
public sealed record ServiceGuide(LocalizedText? Conditions, LocalizedText? Notes)
{
    public static readonly ServiceGuide Empty = new(null, null);
}
