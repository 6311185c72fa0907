using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Cases;

/// <summary>
/// Who the case is for. <see cref="IdNumber"/> is the resident ID for a person or the unified social credit code
/// for an enterprise; <see cref="Kind"/> is never <see cref="ApplicantKind.Both"/>.
/// </summary>
public sealed record Applicant(
    ApplicantKind Kind,
    string Name,
    string IdNumber,
    string? Phone = null,
    string? Address = null,
    string? LegalRepresentative = null,
    Proxy? Proxy = null)
{
    public string MaskedIdNumber => PersonalDataMask.IdNumber(IdNumber);

    public string? MaskedPhone => PersonalDataMask.Phone(Phone);
}
