namespace ClerkStation.Infrastructure.Security;

/// <summary>The signed-in user (or nobody) may not send this request.</summary>
public sealed class AccessDeniedException(string requestName, string reason) : Exception($"{requestName}: {reason}")
{
    public string RequestName { get; } = requestName;
}
