namespace ClerkStation.Domain.Forms.Checks;

/// <summary>Outcome of <see cref="ResidentIdNumber.Validate"/>: either the parsed info or a stable error code.</summary>
public sealed record ResidentIdResult(ResidentIdInfo? Info, string? ErrorCode)
{
    public bool IsValid => Info is not null;

    internal static ResidentIdResult Fail(string code) => new(null, code);
}
