using ClerkStation.Features.Api;

namespace ClerkStation.Features.Admin;

/// <summary>The checks the API client requests share: a name and known scopes; only the admin's own center's clients.</summary>
internal static class ApiClientChecks
{
    public static List<ValidationProblem> FieldProblems(string? name, IReadOnlyList<string>? scopes)
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

    /// <summary>Runs the update on a client of the admin's center; another center's client, or none, is answered as not found.</summary>
    public static async Task UpdateOwnAsync(ApiClientRegistry registry, ICurrentUser currentUser, string clientId, Func<Task> update, CancellationToken cancellationToken)
    {
        try
        {
            var admin = await currentUser.RequireAsync();
            if (await registry.FindInCenterAsync(clientId, admin.CenterId, cancellationToken) is null)
            {
                throw new KeyNotFoundException(clientId);
            }

            await update();
        }
        catch (KeyNotFoundException)
        {
            throw new RequestValidationException([new ValidationProblem("clientId", "apiClient.notFound")]);
        }
    }
}
