namespace ClerkStation.Features.Api;

/// <summary>Same key, different body: refused, nothing changed.</summary>
public sealed class IdempotencyConflictException(string key) : Exception($"Idempotency-Key '{key}' was used with another body.");
