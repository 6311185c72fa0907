namespace ClerkStation.Features.CaseFile;

/// <summary>
/// GET /casefile/pages/{id}?thumb=1 — a page's file or thumbnail, through <see cref="OpenMaterialPage"/> (who may see it,
/// which workspace, the audit). 404 for anyone who may not see it; inline with a fixed ASCII name, nosniff, never cached.
/// </summary>
public static class CaseFileEndpoints
{
    public const string Prefix = "/casefile/pages/";

    public static string UrlFor(Guid pageId, bool thumbnail = false) => Prefix + pageId.ToString("N") + (thumbnail ? "?thumb=1" : string.Empty);

    public static IEndpointRouteBuilder MapCaseFile(this IEndpointRouteBuilder app)
    {
        app.MapGet(Prefix + "{id:guid}", async (HttpContext http, Guid id, string? thumb) =>
        {
            http.ActAsCurrentUser();

            PageFile? file;
            try
            {
                file = await http.RequestServices.GetRequiredService<IMediator>().Send(new OpenMaterialPage(id, thumb == "1"), http.RequestAborted);
            }
            catch (AccessDeniedException)
            {
                file = null;
            }

            if (file is null)
            {
                return Results.NotFound();
            }

            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "private, no-store";
            headers.ContentDisposition = $"inline; filename=\"{file.DownloadName}\"";
            return Results.File(file.Path, file.ContentType, enableRangeProcessing: true);
        }).RequireAuthorization();
        return app;
    }
}
