namespace ClerkStation.Infrastructure.Security;

/// <summary>
/// Declares who may send a mediator request. Every request carries one (or <see cref="AllowAnonymousRequestAttribute"/>);
/// the authorization behaviour refuses a request that declares nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params StaffRole[] roles) : Attribute
{
    public IReadOnlyList<StaffRole> Roles { get; } = roles;
}

/// <summary>For the few requests the public may send without signing in (status lookup, ratings).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousRequestAttribute : Attribute;
