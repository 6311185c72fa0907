namespace ClerkStation.Domain.Catalog;

/// <summary>
/// 证照类型: a kind of certificate the licence library holds electronically (居民身份证, 残疾人证, 营业执照 …). A material
/// naming it may be waived (免提交) when the applicant holds a valid one. <see cref="ValidityYears"/> null = long-term;
/// <see cref="IssuedBy"/> lists the items whose approval gives the applicant one.
/// </summary>
public sealed record LicenceType
{
    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>The issuing authority printed on the certificate.</summary>
    public required LocalizedText Issuer { get; init; }

    /// <summary>Whom it is issued to: a person (resident ID) or an enterprise (credit code).</summary>
    public ApplicantKind Holder { get; init; } = ApplicantKind.Person;

    public int? ValidityYears { get; init; }

    public IReadOnlyList<string> IssuedBy { get; init; } = [];
}
