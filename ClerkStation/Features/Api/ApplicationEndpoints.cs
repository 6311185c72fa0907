namespace ClerkStation.Features.Api;

/// <summary>POST /api/v1/applications (scope applications.write) and GET /api/v1/applications/{id} (applications.read).</summary>
public static class ApplicationEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapApplications(this RouteGroupBuilder api)
    {
        var applications = api.MapGroup("/applications");
        applications.MapPost("/", SubmitAsync).RequireAuthorization(ApiScopes.ApplicationsWrite)
            .Accepts<ApiApplicationRequest>("application/json")
            .Produces<PreApplicationReceipt>(StatusCodes.Status201Created).Produces<PreApplicationReceipt>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("SubmitApplication")
            .WithSummary("Submit an application as a pre-application (网上申请) for the counter to check. Requires an Idempotency-Key header.");
        applications.MapGet("/{id:guid}", async Task<IResult> (Guid id, IMediator mediator, CancellationToken ct) =>
                await mediator.Send(new GetPreApplication(id), ct) is { } status
                    ? TypedResults.Ok(status)
                    : ApiErrors.Problem(StatusCodes.Status404NotFound, "No application of this client has this id."))
            .RequireAuthorization(ApiScopes.ApplicationsRead)
            .Produces<ApiPreApplicationStatus>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetApplication").WithSummary("An application's status and public timeline.");
        return api;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var read = await ApiJsonBody.ReadAsync<ApiApplicationRequest>(http, "an application", requireKey: true, ct);
        if (read is not { Value: { } request })
        {
            return read.Problem!;
        }

        var problems = new List<ValidationProblem>();
        var command = request.ToCommand(read.Key, read.Hash, problems);
        if (problems.Count > 0)
        {
            return ApiErrors.Invalid(problems);
        }

        try
        {
            var submitted = await mediator.Send(command, ct);
            var location = $"/api/v1/applications/{submitted.Receipt.Id}";
            if (submitted.Replayed)
            {
                http.Response.Headers["Idempotent-Replayed"] = "true";
            }

            return TypedResults.Created(location, submitted.Receipt);
        }
        catch (IdempotencyConflictException ex)
        {
            return ApiErrors.Problem(StatusCodes.Status409Conflict, "This Idempotency-Key was used with a different body.", ex.Message);
        }
    }
}
