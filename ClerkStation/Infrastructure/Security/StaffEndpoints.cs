using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Infrastructure.Security;

/// <summary>
/// For a staff endpoint that reads the database outside Blazor and the mediator (the CSV exports): this request's
/// signed-in user becomes the current user and the workspace is resolved before any context is made, so the
/// database sees the user's center and workspace (ADR 0018). Without it the workspace is unresolved, which means
/// production and every center: a supervisor's export counted all centers' cases.
/// </summary>
public static class StaffEndpoints
{
    public static TBuilder ActingAsSignedInStaff<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            http.ActAsCurrentUser();

            await http.RequestServices.GetRequiredService<Workspace>().RefreshAsync(http.RequestAborted);
            return await next(context);
        });
}
