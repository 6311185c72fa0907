using System.Collections.Concurrent;
using System.Reflection;

namespace ClerkStation.Infrastructure.Pipeline;

/// <summary>What a request type declares about who may send it, read once per type.</summary>
public sealed record RequestAccess(bool Declared, bool Anonymous, IReadOnlyList<StaffRole> Roles)
{
    private static readonly ConcurrentDictionary<Type, RequestAccess> Cache = new();

    public static RequestAccess For(Type requestType) => Cache.GetOrAdd(requestType, static type =>
    {
        if (type.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null)
        {
            return new RequestAccess(true, true, []);
        }

        var roles = type.GetCustomAttribute<AllowedRolesAttribute>();
        return roles is null ? new RequestAccess(false, false, []) : new RequestAccess(true, false, roles.Roles);
    });

    public bool Permits(Actor? actor) =>
        Declared && (Anonymous || (actor is not null && Roles.Any(actor.IsIn)));
}
