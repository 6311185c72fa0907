namespace ClerkStation.Tests.Security;

/// <summary>The kinds of input an outside probe sends: kept in one place so every suite uses all of them.</summary>
public static class HostileValues
{
    /// <summary>Return addresses that try to leave the site (or crash the local-URL check).</summary>
    public static readonly string[] ReturnUrls =
    [
        "//evil.com", "/\\evil.com", "/\t/evil.com", "/\r\n/evil.com", "\\\\evil.com", "https://evil.com", "http:evil.com",
        "javascript:alert(1)", "/%09/evil.com", " //evil.com", "/\0/evil.com", "\u3002evil.com", "//evil.com@clerk", new string('/', 3000) + "evil.com",
    ];

    /// <summary>Route and query values: quotes, traversal, oversize, NUL, RTL override, odd Unicode, numbers that are no IDs.</summary>
    public static readonly string[] Values =
    [
        "'", "\"><script>alert(1)</script>", "../../etc/passwd", "..\\..\\web.config", new string('9', 10_000), "\0", "a\0b", "-1", "0",
        "99999999999999999999999", "not-a-guid", "00000000-0000-0000-0000-000000000000", "\u202Egnp.exe", "👨‍👩‍👧", "e\u0301\u0301\u0301", "\uFEFF", "%", "%%00",
        "ZS-20261122-0001", "{}", "[", "null",
    ];

    /// <summary>Path segments with raw bytes no valid UTF-8 (or UTF-16) string has: a lone surrogate, an overlong slash.</summary>
    public static readonly string[] RawSegments = ["%ED%A0%80", "%C0%AF", "%FF%FE", "%00", "..%2F..%2F", "%2e%2e"];

    public static string Segment(string value) => Uri.EscapeDataString(value);

    /// <summary>A redirect that stays on this site: a path (not a scheme, host or protocol-relative address) with no control characters.</summary>
    public static void AssertStaysOnSite(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null)
        {
            return;
        }

        var text = location.OriginalString;
        Assert.False(location.IsAbsoluteUri && location.Host is not ("localhost" or "clerk.example"), $"redirect leaves the site: {text}");
        var path = location.IsAbsoluteUri ? location.PathAndQuery : text;
        Assert.StartsWith("/", path, StringComparison.Ordinal);
        Assert.False(path.StartsWith("//", StringComparison.Ordinal) || path.StartsWith("/\\", StringComparison.Ordinal), $"protocol-relative redirect: {text}");
        Assert.DoesNotContain(path, c => char.IsControl(c) || c == '\\');
    }
}
