namespace ClerkStation.Infrastructure.Security;

/// <summary>
/// The one check for "where to send the browser back to" (login, language switch, any future returnUrl): a path on this
/// site or home. Stricter than <c>Url.IsLocalUrl</c>, which lets "/\t/evil.com" through — browsers drop the tab and
/// read "//evil.com" — after which <c>LocalRedirect</c> throws (a 500).
/// </summary>
public static class SafeReturnUrl
{
    public const string Home = "/";

    private const int MaxLength = 2048;

    /// <summary><paramref name="url"/> when it is a plain path on this site, else "/".</summary>
    public static string OrHome(string? url) => IsSafe(url) ? url! : Home;

    /// <summary>A path that starts with one "/" and holds no control character, backslash or whitespace.</summary>
    public static bool IsSafe(string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\' || char.IsSurrogate(c) || c is '\u200B' or '\u202E' or '\uFEFF')
        && Uri.IsWellFormedUriString(url, UriKind.Relative);

    /// <summary>A redirect to <paramref name="url"/> when safe, else home: never throws, never leaves the site.</summary>
    public static IResult Redirect(string? url) => Results.Redirect(OrHome(url));
}
