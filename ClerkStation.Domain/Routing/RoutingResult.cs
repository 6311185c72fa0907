namespace ClerkStation.Domain.Routing;

/// <summary>
/// Where an accepted item goes: the back-office department that approves it, or a refusal the window can show
/// (<see cref="RefusalCode"/> is a stable code the UI localises).
/// </summary>
public sealed record RoutingResult(string ItemCode, string? DepartmentCode, string? RefusalCode)
{
    /// <summary>The item belongs to the police registration counter, not the comprehensive window.</summary>
    public const string PoliceWindow = "route.policeWindow";

    /// <summary>The item or its department is not in the catalog.</summary>
    public const string UnknownItem = "route.unknownItem";

    public bool IsAccepted => RefusalCode is null;

    public static RoutingResult To(string itemCode, string departmentCode) => new(itemCode, departmentCode, null);

    public static RoutingResult Refuse(string itemCode, string refusalCode) => new(itemCode, null, refusalCode);
}
