using Microsoft.AspNetCore.Localization;

namespace ClerkStation.Infrastructure.Localization;

public static class CultureEndpoints
{
    /// <summary>GET /culture/set?culture=en-US&amp;returnUrl=/intake: remembers the language in a cookie for a year.</summary>
    public static void MapCultureEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/culture/set", (string? culture, string? returnUrl, HttpContext http) =>
        {
            if (Cultures.IsSupported(culture))
            {
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
            }

            return SafeReturnUrl.Redirect(returnUrl);
        }).AllowAnonymous();
}
