namespace ClerkStation.Features.Api;

/// <summary>The scopes a client of the public API may be granted (one authorization policy each).</summary>
public static class ApiScopes
{
    public const string CatalogRead = "catalog.read";
    public const string ApplicationsWrite = "applications.write";
    public const string ApplicationsRead = "applications.read";

    /// <summary>Reads appointment slots and books them (预约).</summary>
    public const string AppointmentsWrite = "appointments.write";

    public static readonly IReadOnlyList<string> All = [CatalogRead, ApplicationsWrite, ApplicationsRead, AppointmentsWrite];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
