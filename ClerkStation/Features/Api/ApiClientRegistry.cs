using System.Security.Cryptography;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClerkStation.Features.Api;

/// <summary>A registered API client as /admin lists it; the secret is never readable (OpenIddict keeps a hash).</summary>
public sealed record ApiClientRow(string ClientId, string Name, IReadOnlyList<string> Scopes, bool Enabled);

/// <summary>
/// The API's clients, kept by OpenIddict's application manager: confidential, client credentials only, one permission per
/// granted scope; "enabled" is the token endpoint permission, so a disabled client gets no new token.
/// </summary>
public sealed class ApiClientRegistry(IOpenIddictApplicationManager applications)
{
    public const string DemoClientId = "demo";
    public const string DemoSecret = "Demo!2026";

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(CancellationToken ct)
    {
        var rows = new List<ApiClientRow>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, ct))
        {
            rows.Add(await RowAsync(application, ct));
        }

        return [.. rows.OrderBy(r => r.ClientId, StringComparer.Ordinal)];
    }

    public async Task<ApiClientRow?> FindAsync(string clientId, CancellationToken ct) =>
        await applications.FindByClientIdAsync(clientId, ct) is { } application ? await RowAsync(application, ct) : null;

    public async Task CreateAsync(string clientId, string name, IEnumerable<string> scopes, string secret, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
        };
        SetPermissions(descriptor, scopes, enabled: true);
        await applications.CreateAsync(descriptor, ct);
    }

    public async Task UpdateAsync(string clientId, string? name, IEnumerable<string>? scopes, bool? enabled, string? newSecret, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(clientId, ct) ?? throw new KeyNotFoundException(clientId);
        var row = await RowAsync(application, ct);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, ct);
        descriptor.DisplayName = name ?? row.Name;
        SetPermissions(descriptor, scopes ?? row.Scopes, enabled ?? row.Enabled);
        if (newSecret is not null)
        {
            descriptor.ClientSecret = newSecret; // else the populated (hashed) value stays as it is
        }

        await applications.UpdateAsync(application, descriptor, ct);
    }

    /// <summary>
    /// Demo mode: the client of the README's curl examples, with every scope; a demo database made before a scope existed
    /// (e.g. appointments.write) gets the new ones on start-up. Only the demo client is touched; its name, secret and
    /// enabled state stay as they are.
    /// </summary>
    public async Task EnsureDemoClientAsync(CancellationToken ct)
    {
        if (await FindAsync(DemoClientId, ct) is not { } demo)
        {
            await CreateAsync(DemoClientId, "演示客户端 Demo client", ApiScopes.All, DemoSecret, ct);
        }
        else if (ApiScopes.All.Except(demo.Scopes, StringComparer.Ordinal).Any())
        {
            await UpdateAsync(DemoClientId, null, demo.Scopes.Union(ApiScopes.All, StringComparer.Ordinal).ToList(), null, null, ct);
        }
    }

    private async Task<ApiClientRow> RowAsync(object application, CancellationToken ct)
    {
        var permissions = await applications.GetPermissionsAsync(application, ct);
        return new ApiClientRow(
            await applications.GetClientIdAsync(application, ct) ?? string.Empty,
            await applications.GetDisplayNameAsync(application, ct) ?? string.Empty,
            [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..])],
            permissions.Contains(Permissions.Endpoints.Token));
    }

    private static void SetPermissions(OpenIddictApplicationDescriptor descriptor, IEnumerable<string> scopes, bool enabled)
    {
        descriptor.Permissions.Clear();
        descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
        if (enabled)
        {
            descriptor.Permissions.Add(Permissions.Endpoints.Token);
        }

        foreach (var scope in scopes.Where(ApiScopes.IsKnown).Distinct(StringComparer.Ordinal))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
    }
}
