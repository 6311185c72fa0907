namespace ClerkStation.Features.Api;

/// <summary>The public API's settings (section <c>Api</c>): token lifetime and the per-client rate limit.</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>How long an access token from <c>/connect/token</c> is valid.</summary>
    public int AccessTokenMinutes { get; set; } = 10;

    /// <summary>Calls one client may make in <see cref="RateWindowSeconds"/>; the next one is answered 429.</summary>
    public int PermitsPerWindow { get; set; } = 600;

    public int RateWindowSeconds { get; set; } = 60;
}
