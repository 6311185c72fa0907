using System.Text.RegularExpressions;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Api;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.Admin;

/// <summary>The admin's center's API clients for /admin (no secret: only its hash is stored).</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ListApiClients : IQuery<IReadOnlyList<ApiClientRow>>;

/// <summary>Registers a client of the admin's center; the answer is its secret, shown to the admin once and never again.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RegisterApiClient(string ClientId, string Name, IReadOnlyList<string> Scopes) : ICommand<string>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

/// <summary>Changes a client's name and scopes.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record UpdateApiClient(string ClientId, string Name, IReadOnlyList<string> Scopes) : ICommand<Unit>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

/// <summary>A new secret for a client (the old one stops working at once); shown once.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record RotateApiClientSecret(string ClientId) : ICommand<string>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

/// <summary>A disabled client gets no new token; its last one lapses within the token lifetime.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record SetApiClientEnabled(string ClientId, bool Enabled) : ICommand<Unit>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

public sealed partial class RegisterApiClientValidator(ApiClientRegistry registry, ICurrentUser currentUser) : IRequestValidator<RegisterApiClient>, IRequestValidator<UpdateApiClient>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RegisterApiClient message, CancellationToken cancellationToken)
    {
        var problems = Common(message.Name, message.Scopes);
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

    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(UpdateApiClient message, CancellationToken cancellationToken)
    {
        var problems = Common(message.Name, message.Scopes);
        var admin = await currentUser.RequireAsync();
        if (await registry.FindInCenterAsync(message.ClientId ?? string.Empty, admin.CenterId, cancellationToken) is null)
        {
            problems.Add(new ValidationProblem("clientId", "apiClient.notFound"));
        }

        return problems;
    }

    private static List<ValidationProblem> Common(string? name, IReadOnlyList<string>? scopes)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            problems.Add(new ValidationProblem("name", "apiClient.nameRequired"));
        }

        if (scopes is null || scopes.Count == 0 || !scopes.All(ApiScopes.IsKnown))
        {
            problems.Add(new ValidationProblem("scopes", "apiClient.scopesRequired"));
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex ClientIdPattern();
}

/// <summary>An admin manages the clients of their own center; another center's client is answered as not found.</summary>
public sealed class ApiClientCommandsHandler(ApiClientRegistry registry, ICurrentUser currentUser) :
    IQueryHandler<ListApiClients, IReadOnlyList<ApiClientRow>>,
    ICommandHandler<RegisterApiClient, string>,
    ICommandHandler<UpdateApiClient, Unit>,
    ICommandHandler<RotateApiClientSecret, string>,
    ICommandHandler<SetApiClientEnabled, Unit>
{
    public async ValueTask<IReadOnlyList<ApiClientRow>> Handle(ListApiClients query, CancellationToken cancellationToken) =>
        await registry.ListAsync((await currentUser.RequireAsync()).CenterId, cancellationToken);

    public async ValueTask<string> Handle(RegisterApiClient command, CancellationToken cancellationToken)
    {
        var secret = ApiClientRegistry.NewSecret();
        var admin = await currentUser.RequireAsync();
        await registry.CreateAsync(command.ClientId, command.Name.Trim(), command.Scopes, secret, admin.CenterId, cancellationToken);
        return secret;
    }

    public async ValueTask<Unit> Handle(UpdateApiClient command, CancellationToken cancellationToken)
    {
        await registry.UpdateAsync(command.ClientId, command.Name.Trim(), command.Scopes, enabled: null, newSecret: null, cancellationToken);
        return Unit.Value;
    }

    public async ValueTask<string> Handle(RotateApiClientSecret command, CancellationToken cancellationToken)
    {
        var secret = ApiClientRegistry.NewSecret();
        await Existing(command.ClientId, () => registry.UpdateAsync(command.ClientId, null, null, null, secret, cancellationToken), cancellationToken);
        return secret;
    }

    public async ValueTask<Unit> Handle(SetApiClientEnabled command, CancellationToken cancellationToken)
    {
        await Existing(command.ClientId, () => registry.UpdateAsync(command.ClientId, null, null, command.Enabled, null, cancellationToken), cancellationToken);
        return Unit.Value;
    }

    private async Task Existing(string clientId, Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            var admin = await currentUser.RequireAsync();
            if (await registry.FindInCenterAsync(clientId, admin.CenterId, cancellationToken) is null)
            {
                throw new KeyNotFoundException(clientId);
            }

            await action();
        }
        catch (KeyNotFoundException)
        {
            throw new RequestValidationException([new ValidationProblem("clientId", "apiClient.notFound")]);
        }
    }
}
