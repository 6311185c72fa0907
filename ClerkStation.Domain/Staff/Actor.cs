namespace ClerkStation.Domain.Staff;

/// <summary>Who is acting: the domain checks every transition against the actor's roles and departments.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<StaffRole> Roles, IReadOnlySet<string> Departments)
{
    /// <summary>
    /// The center the actor works for (ADR 0018); the default center unless the sign-in says otherwise. A city role
    /// (<see cref="IsCityWide"/>) is not bound to it.
    /// </summary>
    public int CenterId { get; init; } = Centers.Center.DefaultId;

    /// <summary>City supervisors and city administrators work across every center of the deployment.</summary>
    public bool IsCityWide => Roles.Contains(StaffRole.CitySupervisor) || Roles.Contains(StaffRole.CityAdmin);

    public bool IsIn(StaffRole role) => Roles.Contains(role);

    public bool Serves(string departmentCode) => Departments.Contains(departmentCode);

    public static Actor Create(string userId, string displayName, IEnumerable<StaffRole> roles, IEnumerable<string>? departments = null) =>
        new(userId, displayName, roles.ToHashSet(), (departments ?? []).ToHashSet(StringComparer.Ordinal));
}
