namespace ClerkStation.Features.Api;

/// <summary>
/// The public API, version 1. Each endpoint names the scope it needs (an authorization policy on the OpenIddict
/// validation scheme only: a staff cookie opens nothing here), is rate-limited per client, and sends a mediator request
/// that declares <see cref="Domain.Staff.StaffRole.ApiClient"/>.
/// </summary>
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapPublicApi(this IEndpointRouteBuilder app)
    {
        app.MapTokenEndpoint();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous(); // public: integrators read it before they have a client
        app.MapApiReference();
        var api = app.MapGroup("/api/v1")
            .RequireRateLimiting(ApiSetup.RateLimitPolicy)
            .AddEndpointFilter(AsClient)
            .DisableAntiforgery()
            .WithTags("ClerkStation API v1");
        api.MapCatalog();
        api.MapApplications();
        api.MapAppointments();
        api.MapDeviceTickets();
        return app;
    }

    private static RouteGroupBuilder MapCatalog(this RouteGroupBuilder api)
    {
        var catalog = api.MapGroup("/catalog").RequireAuthorization(ApiScopes.CatalogRead);
        catalog.MapGet("/items", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListApiCatalogItems(), ct)))
            .WithName("ListCatalogItems").WithSummary("Every service item (事项) of the catalog.");
        catalog.MapGet("/items/{code}", async Task<IResult> (string code, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetApiCatalogTarget(code), ct) is { } target
                    ? TypedResults.Ok(target)
                    : ApiErrors.Problem(StatusCodes.Status404NotFound, "No item or bundle has this code.", code))
            .Produces<ApiCatalogTarget>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetCatalogItem").WithSummary("One item or bundle with its form definition and materials.");
        catalog.MapGet("/bundles", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListApiBundles(), ct)))
            .WithName("ListBundles").WithSummary("Every bundle (一件事) with its parts.");
        return api;
    }

    /// <summary>The mediator pipeline sees the client (role ApiClient), and its refusals become problem documents.</summary>
    private static async ValueTask<object?> AsClient(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        http.ActAsCurrentUser(ApiCaller.AsActor(http.User));

        try
        {
            return await next(context);
        }
        catch (RequestValidationException ex)
        {
            return ApiErrors.Invalid(ex.Problems);
        }
        catch (AccessDeniedException)
        {
            return ApiErrors.Problem(StatusCodes.Status403Forbidden, "This client may not make this call.");
        }
    }
}
