namespace ClerkStation.Domain.Cases;

/// <summary>How and to whom the result was handed over.</summary>
public sealed record DeliveryRecord(
    DeliveryMethod Method,
    string DeliveredById,
    string DeliveredByName,
    string? CollectedByName = null,
    string? CollectedByIdNumber = null,
    string? TrackingNumber = null);
