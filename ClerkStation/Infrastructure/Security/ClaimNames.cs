namespace ClerkStation.Infrastructure.Security;

public static class ClaimNames
{
    public const string DisplayName = "cs:display_name";
    public const string Department = "cs:department";
}
