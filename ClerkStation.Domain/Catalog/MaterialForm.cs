namespace ClerkStation.Domain.Catalog;

/// <summary>In which form a material must be handed in.</summary>
public enum MaterialForm
{
    Original,
    Copy,
    OriginalAndCopy,
    Electronic,
}
