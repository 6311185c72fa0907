using System.Text.RegularExpressions;
using ClerkStation.Features.Api;

namespace ClerkStation.Features.Admin;

/// <summary>Registers a client of the admin's center; the answer is its secret, shown to the admin once and never again.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RegisterApiClient(string ClientId, string Name, IReadOnlyList<string> Scopes) : ICommand<string>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

public sealed partial class RegisterApiClientValidator(ApiClientRegistry registry) : IRequestValidator<RegisterApiClient>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RegisterApiClient message, CancellationToken cancellationToken)
    {
        var problems = ApiClientChecks.FieldProblems(message.Name, message.Scopes);
        if (!ClientIdPattern().IsMatch(message.ClientId ?? string.Empty))
        {
            problems.Add(new ValidationProblem("clientId", "apiClient.idInvalid"));
        }
        else if (await registry.FindAsync(message.ClientId!, cancellationToken) is not null)
        {
            problems.Add(new ValidationProblem("clientId", "apiClient.idTaken"));
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex ClientIdPattern();
}

public sealed class RegisterApiClientHandler(ApiClientRegistry registry, ICurrentUser currentUser) : ICommandHandler<RegisterApiClient, string>
{
    public async ValueTask<string> Handle(RegisterApiClient command, CancellationToken cancellationToken)
    {
        var secret = ApiClientRegistry.NewSecret();
        var admin = await currentUser.RequireAsync();
        await registry.CreateAsync(command.ClientId, command.Name.Trim(), command.Scopes, secret, admin.CenterId, cancellationToken);
        return secret;
    }
}
