using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClerkStation.Features.Api;

/// <summary>
/// The OpenAPI document states how to call the API: every operation needs a bearer access token from
/// <c>POST /connect/token</c> (client credentials), so integrators' tools and generated clients send it.
/// </summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            In = ParameterLocation.Header,
            Description = "An access token from POST " + ApiSetup.TokenPath + " (OAuth 2.0 client credentials), sent as 'Authorization: Bearer {token}'.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
        return Task.CompletedTask;
    }
}
