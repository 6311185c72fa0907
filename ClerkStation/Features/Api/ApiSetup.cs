using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace ClerkStation.Features.Api;

/// <summary>
/// The public API's plumbing (ADR 0014): OpenIddict issues short-lived client-credentials tokens at <c>/connect/token</c>
/// and validates them on <c>/api/v1</c>; pages keep the cookie. Tokens are protected with ASP.NET Core Data Protection,
/// whose keys every node already shares, so any node validates a token another issued.
/// </summary>
public static class ApiSetup
{
    public const string TokenPath = "/connect/token";
    public const string RateLimitPolicy = "api-client";

    public static IServiceCollection AddPublicApi(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(ApiOptions.Section);
        services.Configure<ApiOptions>(section);
        var options = section.Get<ApiOptions>() ?? new ApiOptions();

        services.AddScoped<ApiClientRegistry>();
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ClerkDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris(TokenPath.TrimStart('/'));
                server.AllowClientCredentialsFlow();
                server.RegisterScopes([.. ApiScopes.All]);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(options.AccessTokenMinutes));
                // Only access tokens are issued, and Data Protection protects them; these keys sign nothing that leaves.
                server.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                server.UseDataProtection();
                // Short-lived and self-contained: no token rows to prune; disabling a client stops new tokens at once.
                server.DisableTokenStorage();
                server.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseDataProtection();
                validation.UseAspNetCore();
            });

        services.AddAuthorization(authorization =>
        {
            foreach (var scope in ApiScopes.All)
            {
                authorization.AddPolicy(scope, policy => policy
                    .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => context.User.HasScope(scope)));
            }
        });

        services.AddRateLimiter(limiter => limiter.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            ApiCaller.ClientId(http.User) ?? DeviceTicketEndpoint.DeviceId(http) ?? "anonymous",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.PermitsPerWindow),
                Window = TimeSpan.FromSeconds(Math.Max(1, options.RateWindowSeconds)),
                QueueLimit = 0,
            })));
        services.PostConfigure<RateLimiterOptions>(limiter =>
        {
            var others = limiter.OnRejected;
            limiter.OnRejected = (context, token) => ApiErrors.IsApi(context.HttpContext.Request.Path)
                ? ApiErrors.TooManyRequestsAsync(context)
                : others?.Invoke(context, token) ?? ValueTask.CompletedTask;
        });
        services.AddProblemDetails();
        // The integrators' document (/openapi/v1.json) describes the API only, not the staff pages and forms.
        services.AddOpenApi("v1", openApi =>
        {
            openApi.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            openApi.AddDocumentTransformer<BearerSecurityTransformer>();
        });
        return services;
    }
}
