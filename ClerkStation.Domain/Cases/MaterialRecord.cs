using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Cases;

/// <summary>One catalog material as ticked at the counter.</summary>
public sealed record MaterialRecord(string Code, LocalizedText Name, MaterialStatus Status);
