using ClerkStation.Features.Api;

namespace ClerkStation.Features.Admin;

/// <summary>Changes a client's name and scopes.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record UpdateApiClient(string ClientId, string Name, IReadOnlyList<string> Scopes) : ICommand<Unit>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

public sealed class UpdateApiClientValidator(ApiClientRegistry registry, ICurrentUser currentUser) : IRequestValidator<UpdateApiClient>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(UpdateApiClient message, CancellationToken cancellationToken)
    {
        var problems = ApiClientChecks.FieldProblems(message.Name, message.Scopes);
        var admin = await currentUser.RequireAsync();
        if (await registry.FindInCenterAsync(message.ClientId ?? string.Empty, admin.CenterId, cancellationToken) is null)
        {
            problems.Add(new ValidationProblem("clientId", "apiClient.notFound"));
        }

        return problems;
    }
}

public sealed class UpdateApiClientHandler(ApiClientRegistry registry) : ICommandHandler<UpdateApiClient, Unit>
{
    public async ValueTask<Unit> Handle(UpdateApiClient command, CancellationToken cancellationToken)
    {
        await registry.UpdateAsync(command.ClientId, command.Name.Trim(), command.Scopes, enabled: null, newSecret: null, cancellationToken);
        return Unit.Value;
    }
}
