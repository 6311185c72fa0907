using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Features.Admin;

/// <summary>
/// A fresh Identity scope per admin operation: a circuit lives for hours, and its scoped UserManager would otherwise keep
/// serving a stale copy of accounts that others have changed.
/// </summary>
internal static class StaffAccounts
{
    public static async Task<T> WithUsersAsync<T>(IServiceScopeFactory scopes, Func<UserManager<StaffUser>, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
    }

    public static IReadOnlyList<Infrastructure.Pipeline.ValidationProblem> Problems(IdentityResult result, string path) =>
        result.Errors.Select(e => new Infrastructure.Pipeline.ValidationProblem(path, "identity." + e.Code, new Dictionary<string, string> { ["message"] = e.Description })).ToList();
}
