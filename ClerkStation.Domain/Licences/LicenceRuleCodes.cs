namespace ClerkStation.Domain.Licences;

/// <summary>Refusal codes of the licence rules; each has a <c>Validation.&lt;code&gt;</c> text in the resources.</summary>
public static class LicenceRuleCodes
{
    public const string NotFound = "licence.notFound";
    public const string Expired = "licence.expired";
    public const string Revoked = "licence.revoked";
    public const string NotHolder = "licence.notHolder";
    public const string WrongType = "licence.wrongType";
    public const string Required = "licence.required";
}
