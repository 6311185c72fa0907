using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Api;

/// <summary>
/// Every call to <c>/api/v1</c> leaves one audit row, answered or refused (401, 403, 429 included): the client's id and
/// name when a token was given, the route, the path and the status code. Always the production database: the API has no
/// practice workspace.
/// </summary>
public static class ApiAudit
{
    public static IApplicationBuilder UseApiAudit(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(http);
            return;
        }

        try
        {
            await next(http);
        }
        finally
        {
            await WriteAsync(http);
        }
    });

    private static async Task WriteAsync(HttpContext http)
    {
        var clientId = ApiCaller.ClientId(http.User);
        var route = (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value ?? string.Empty;
        var clock = http.RequestServices.GetRequiredService<TimeProvider>();
        await using var db = await http.RequestServices.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(CancellationToken.None);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = clientId is null ? string.Empty : ApiCaller.UserIdPrefix + clientId,
            UserName = clientId is null ? string.Empty : ApiCaller.ClientName(http.User),
            Action = Cut("api " + http.Request.Method + " " + route),
            Target = Cut(http.Request.Path.Value ?? string.Empty),
            Succeeded = http.Response.StatusCode < 400,
            Detail = http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static string Cut(string text) => text.Length <= 128 ? text : text[..128];
}
