using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;

namespace ClerkStation.Features.Api;

/// <summary>
/// Every error of the API is an RFC 9457 problem details document, never the app's HTML error pages: validation problems
/// carry the counter's field paths and codes under <c>errors</c>; 401/403/404/429 get a body too.
/// </summary>
public static class ApiErrors
{
    public const string ApiPrefix = "/api/";

    public static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(ApiSetup.TokenPath, StringComparison.OrdinalIgnoreCase);

    /// <summary>A field error as a caller reads it: the same path and code the counter's form shows.</summary>
    public sealed record FieldProblem(string Path, string Code, IReadOnlyDictionary<string, string>? Args);

    public static ProblemHttpResult Invalid(IReadOnlyList<Infrastructure.Pipeline.ValidationProblem> problems) => TypedResults.Problem(
        title: "The application is not valid.",
        statusCode: StatusCodes.Status400BadRequest,
        type: "https://clerkstation.example/problems/validation",
        extensions: new Dictionary<string, object?> { ["errors"] = problems.Select(p => new FieldProblem(p.Path, p.Code, p.Args)).ToList() });

    /// <summary>
    /// A rule of the domain refused the call: a full slot or a booking already held is a conflict (409), something that
    /// does not exist 404, any other rule 422; the stable code is in <c>type</c> and in <c>code</c>.
    /// </summary>
    public static ProblemHttpResult Refused(Domain.Common.DomainRuleException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var status = refusal.Code switch
        {
            Domain.Appointments.AppointmentRuleCodes.SlotFull or Domain.Appointments.AppointmentRuleCodes.AlreadyBooked
                or Domain.Appointments.AppointmentRuleCodes.NotBooked => StatusCodes.Status409Conflict,
            _ when refusal.Code.EndsWith(".notFound", StringComparison.Ordinal) => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return TypedResults.Problem(title: refusal.Message, statusCode: status, type: "https://clerkstation.example/problems/" + refusal.Code,
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code, ["args"] = refusal.Args });
    }

    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    public static async ValueTask TooManyRequestsAsync(OnRejectedContext context)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 1;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Problem(StatusCodes.Status429TooManyRequests, "Too many requests.", $"This client's rate limit is used up; retry after {seconds} s.").ExecuteAsync(http);
    }

    /// <summary>
    /// For API paths: the status-code pages (HTML) are switched off, an error answered without a body gets a problem
    /// document, and a request the framework could not read (malformed JSON) is a 400, never a 500.
    /// </summary>
    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!IsApi(http.Request.Path))
        {
            await next(http);
            return;
        }

        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        try
        {
            await next(http);
        }
        catch (BadHttpRequestException ex) when (!http.Response.HasStarted)
        {
            http.Response.StatusCode = ex.StatusCode;
            await Problem(ex.StatusCode, "The request could not be read.", ex.Message).ExecuteAsync(http);
            return;
        }
        catch (Exception ex) when (IsDatabaseBusy(ex) && !http.Response.HasStarted)
        {
            // SQLite's one writer was taken for longer than the busy timeout: nothing was saved, and the same call
            // (with its Idempotency-Key) can simply be sent again.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "1";
            await Problem(StatusCodes.Status503ServiceUnavailable, "The database is busy.", "Nothing was saved; send the same request again.").ExecuteAsync(http);
            return;
        }

        if (http.Response is { StatusCode: >= 400, HasStarted: false, ContentLength: null or 0 } && string.IsNullOrEmpty(http.Response.ContentType))
        {
            await Problem(http.Response.StatusCode, Title(http.Response.StatusCode)).ExecuteAsync(http);
        }
    });

    /// <summary>SQLITE_BUSY (5) or SQLITE_LOCKED (6), as itself or inside EF Core's update exception.</summary>
    public static bool IsDatabaseBusy(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "A bearer token from /connect/token is required.",
        StatusCodes.Status403Forbidden => "The token does not grant the scope this call needs.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status405MethodNotAllowed => "Method not allowed.",
        StatusCodes.Status415UnsupportedMediaType => "Send application/json.",
        _ => "The request failed.",
    };
}
