namespace ClerkStation.Infrastructure.Persistence;

/// <summary>An item or bundle a clerk pinned to the top of their picker.</summary>
public sealed class ClerkFavourite
{
    public string UserId { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;
}
