namespace ClerkStation.Domain.Catalog;

/// <summary>A department whose items the center offers; <see cref="Order"/> is the browse order.</summary>
public sealed record Department(string Code, LocalizedText Name, ServiceWindow Window, int Order);
