using ClerkStation.Features.Api;

namespace ClerkStation.Features.Admin;

/// <summary>A disabled client gets no new token; its last one lapses within the token lifetime.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record SetApiClientEnabled(string ClientId, bool Enabled) : ICommand<Unit>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

public sealed class SetApiClientEnabledHandler(ApiClientRegistry registry, ICurrentUser currentUser) : ICommandHandler<SetApiClientEnabled, Unit>
{
    public async ValueTask<Unit> Handle(SetApiClientEnabled command, CancellationToken cancellationToken)
    {
        await ApiClientChecks.UpdateOwnAsync(registry, currentUser, command.ClientId,
            () => registry.UpdateAsync(command.ClientId, null, null, command.Enabled, null, cancellationToken), cancellationToken);
        return Unit.Value;
    }
}
