using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using ClerkStation.Domain.Centers;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ClerkStation.Features.Api;

/// <summary>
/// A registered API client as /admin lists it; the secret is never readable (OpenIddict keeps a hash). A client belongs to
/// one center: what it submits lands there, and only that center's admin manages it.
/// </summary>
public sealed record ApiClientRow(string ClientId, string Name, IReadOnlyList<string> Scopes, bool Enabled, int CenterId = Center.DefaultId);

/// <summary>
/// The API's clients, kept by OpenIddict's application manager: confidential, client credentials only, one permission per
/// granted scope; "enabled" is the token endpoint permission, so a disabled client gets no new token.
/// </summary>
public sealed class ApiClientRegistry(IOpenIddictApplicationManager applications)
{
    public const string DemoClientId = "demo";
    public const string DemoSecret = "Demo!2026";

    /// <summary>The OpenIddict application property that names the client's center (a client registered before centers had none: the default center).</summary>
    public const string CenterProperty = "cs_center";

    public static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    /// <summary>The clients of one center (<paramref name="centerId"/>), or of every center when it is null.</summary>
    public async Task<IReadOnlyList<ApiClientRow>> ListAsync(int? centerId, CancellationToken ct)
    {
        var rows = new List<ApiClientRow>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, ct))
        {
            if (await RowAsync(application, ct) is var row && (centerId is null || row.CenterId == centerId))
            {
                rows.Add(row);
            }
        }

        return [.. rows.OrderBy(r => r.ClientId, StringComparer.Ordinal)];
    }

    public async Task<ApiClientRow?> FindAsync(string clientId, CancellationToken ct) =>
        await applications.FindByClientIdAsync(clientId, ct) is { } application ? await RowAsync(application, ct) : null;

    /// <summary>The client, if it is one of <paramref name="centerId"/>'s: another center's is as good as unknown to its admin.</summary>
    public async Task<ApiClientRow?> FindInCenterAsync(string clientId, int centerId, CancellationToken ct) =>
        await FindAsync(clientId, ct) is { } row && row.CenterId == centerId ? row : null;

    public Task CreateAsync(string clientId, string name, IEnumerable<string> scopes, string secret, CancellationToken ct) =>
        CreateAsync(clientId, name, scopes, secret, Center.DefaultId, ct);

    public async Task CreateAsync(string clientId, string name, IEnumerable<string> scopes, string secret, int centerId, CancellationToken ct)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = name,
        };
        descriptor.Properties[CenterProperty] = JsonSerializer.SerializeToElement(centerId);
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

    /// <summary>The center a client belongs to, read from its application's properties.</summary>
    public static int CenterOf(ImmutableDictionary<string, JsonElement> properties) =>
        properties.TryGetValue(CenterProperty, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) ? id : Center.DefaultId;

    private async Task<ApiClientRow> RowAsync(object application, CancellationToken ct)
    {
        var permissions = await applications.GetPermissionsAsync(application, ct);
        return new ApiClientRow(
            await applications.GetClientIdAsync(application, ct) ?? string.Empty,
            await applications.GetDisplayNameAsync(application, ct) ?? string.Empty,
            [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..])],
            permissions.Contains(Permissions.Endpoints.Token),
            CenterOf(await applications.GetPropertiesAsync(application, ct)));
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
