using ClerkStation.Domain.Common;
namespace ClerkStation.Infrastructure.Persistence;

/// <summary>An item or bundle a clerk pinned to the top of their picker.</summary>
public sealed class ClerkFavourite : ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    public string UserId { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;
}
