namespace ClerkStation.Infrastructure.Practice;

/// <summary>The database a request works in: the real one, or the practice copy (ADR 0005).</summary>
public enum WorkspaceKind
{
    Production,
    Practice,
}
