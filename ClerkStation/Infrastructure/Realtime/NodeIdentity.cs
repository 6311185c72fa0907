namespace ClerkStation.Infrastructure.Realtime;

/// <summary>
/// This app process among the nodes behind the load balancer: <see cref="Name"/> (<c>Node:Name</c>, default the machine
/// name) is what /healthz shows; <see cref="Id"/> is unique per process, so a node ignores its own notifications.
/// </summary>
public sealed class NodeIdentity(IConfiguration configuration)
{
    public string Name { get; } = configuration["Node:Name"] is { Length: > 0 } name ? name : Environment.MachineName;

    public Guid Id { get; } = Guid.NewGuid();
}
