namespace ClerkStation.Infrastructure.Security;

public static class ClaimNames
{
    public const string DisplayName = "cs:display_name";
    public const string Department = "cs:department";

    /// <summary>The id of the center the staff member works for (ADR 0018).</summary>
    public const string Center = "cs:center";
}
