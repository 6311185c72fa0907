namespace ClerkStation.Domain.Common;

/// <summary>
/// The domain refused an operation (or could not find what it acts on). <see cref="Code"/> is stable (<c>case.*</c>,
/// <c>rating.*</c>, <c>complaint.*</c>, <c>intake.*</c>) and the UI shows it through the resource key
/// <c>Validation.&lt;code&gt;</c> with <see cref="Args"/> formatted in. Nothing was saved.
/// </summary>
public sealed class DomainRuleException(string code, string message, IReadOnlyDictionary<string, string>? args = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>Named values the message needs (e.g. <c>heldBy</c>: who holds the case).</summary>
    public IReadOnlyDictionary<string, string> Args { get; } = args ?? new Dictionary<string, string>();

    /// <summary>The record a command names does not exist (or is not visible to this person).</summary>
    public static DomainRuleException NotFound(string code, string what) => new(code, $"{what} does not exist.");
}
