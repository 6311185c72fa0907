using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Security;

namespace ClerkStation.Tests.Support;

/// <summary>Who the test says is acting; unset means "whoever the cookie says".</summary>
public sealed class TestIdentity : ICurrentUser
{
    public Actor? Actor { get; set; }

    /// <summary>True when a test chose the actor (null then means signed out).</summary>
    public bool IsSet { get; set; }

    public Task<Actor?> FindAsync() => Task.FromResult(Actor);
}
