namespace ClerkStation.Domain.Staff;

/// <summary>Who is acting: the domain checks every transition against the actor's roles and departments.</summary>
public sealed record Actor(string UserId, string DisplayName, IReadOnlySet<StaffRole> Roles, IReadOnlySet<string> Departments)
{
    public bool IsIn(StaffRole role) => Roles.Contains(role);

    public bool Serves(string departmentCode) => Departments.Contains(departmentCode);

    public static Actor Create(string userId, string displayName, IEnumerable<StaffRole> roles, IEnumerable<string>? departments = null) =>
        new(userId, displayName, roles.ToHashSet(), (departments ?? []).ToHashSet(StringComparer.Ordinal));
}
