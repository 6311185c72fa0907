using ClerkStation.Features.Api;

namespace ClerkStation.Features.Admin;

/// <summary>A new secret for a client (the old one stops working at once); shown once.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RotateApiClientSecret(string ClientId) : ICommand<string>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

public sealed class RotateApiClientSecretHandler(ApiClientRegistry registry, ICurrentUser currentUser) : ICommandHandler<RotateApiClientSecret, string>
{
    public async ValueTask<string> Handle(RotateApiClientSecret command, CancellationToken cancellationToken)
    {
        var secret = ApiClientRegistry.NewSecret();
        await ApiClientChecks.UpdateOwnAsync(registry, currentUser, command.ClientId,
            () => registry.UpdateAsync(command.ClientId, null, null, null, secret, cancellationToken), cancellationToken);
        return secret;
    }
}
