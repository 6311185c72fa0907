namespace ClerkStation.Domain.Cases;

/// <summary>A case operation is not allowed. <see cref="Code"/> is stable; the UI localizes it.</summary>
public sealed class CaseRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
