using System.Security.Cryptography;

namespace ClerkStation.Infrastructure.Security;

/// <summary>
/// Response headers for every answer (ADR 0008): no MIME sniffing, no referrer, no framing, and a Content-Security-Policy
/// that fits Blazor Server and MudBlazor. Scripts come only from this site, plus the one inline script Blazor renders
/// (the import map), allowed by a fresh nonce per response. Styles allow 'unsafe-inline' because MudBlazor writes its
/// theme as a &lt;style&gt; element and positions popovers and sizes components with style attributes; scripts stay
/// pinned, so injected markup still cannot run code. connect-src 'self' covers the circuit's WebSocket.
/// </summary>
public static class SecurityHeaders
{
    private static readonly object NonceKey = new();

    /// <summary>The nonce the page's inline scripts carry (the same one the policy names).</summary>
    public static string Nonce(HttpContext http)
    {
        if (http.Items[NonceKey] is string nonce)
        {
            return nonce;
        }

        nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)); // 128 bits; hex needs no HTML escaping
        http.Items[NonceKey] = nonce;
        return nonce;
    }

    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self'; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    /// <summary>
    /// The API reference page (Scalar, <c>/api/reference</c>, Development and demo only) starts with an inline script it
    /// writes itself and styles its own elements: inline scripts are allowed there, on that path only.
    /// </summary>
    public static string ApiReferencePolicy() =>
        "default-src 'self'; " +
        "script-src 'self' 'unsafe-inline'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "worker-src 'self' blob:; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            http.Items.Remove(NonceKey); // a re-executed error page gets a new nonce with its new headers
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments(Features.Api.ApiReference.Path, StringComparison.OrdinalIgnoreCase)
                ? ApiReferencePolicy()
                : Policy(Nonce(http));
            return next(http);
        });
}
