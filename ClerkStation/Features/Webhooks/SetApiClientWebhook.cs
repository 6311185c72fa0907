using ClerkStation.Features.Api;

namespace ClerkStation.Features.Webhooks;

/// <summary>
/// Sets (or with an empty URL removes) the client's webhook. A new webhook gets a new signing secret, the answer, shown to
/// the admin once; changing the URL keeps the secret.
/// </summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record SetApiClientWebhook(string ClientId, string? Url) : ICommand<string?>, IAuditTarget
{
    public string? AuditTarget => ClientId;
}

/// <summary>The client must be one of the admin's own center (another center's is answered as not found).</summary>
public sealed class SetApiClientWebhookValidator(ApiClientRegistry registry, ICurrentUser currentUser) : IRequestValidator<SetApiClientWebhook>
{
    public async ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(SetApiClientWebhook message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        var admin = await currentUser.RequireAsync();
        if (await registry.FindInCenterAsync(message.ClientId ?? string.Empty, admin.CenterId, cancellationToken) is null)
        {
            problems.Add(new ValidationProblem("clientId", "apiClient.notFound"));
        }

        if (!string.IsNullOrWhiteSpace(message.Url)
            && !(Uri.TryCreate(message.Url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && message.Url.Trim().Length <= 400))
        {
            problems.Add(new ValidationProblem("url", "webhook.urlInvalid"));
        }

        return problems;
    }
}

public sealed class SetApiClientWebhookHandler(IDbContextFactory<ClerkDbContext> dbFactory, TimeProvider time) : ICommandHandler<SetApiClientWebhook, string?>
{
    public async ValueTask<string?> Handle(SetApiClientWebhook command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var existing = await db.WebhookSubscriptions.FindAsync([command.ClientId], cancellationToken);
        string? secret = null;
        if (string.IsNullOrWhiteSpace(command.Url))
        {
            if (existing is not null)
            {
                db.WebhookSubscriptions.Remove(existing);
            }
        }
        else if (existing is null)
        {
            secret = ApiClientRegistry.NewSecret();
            db.WebhookSubscriptions.Add(new WebhookSubscription { ClientId = command.ClientId, Url = command.Url.Trim(), Secret = secret, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            (existing.Url, existing.UpdatedAt) = (command.Url.Trim(), time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }
}
