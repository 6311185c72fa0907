using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Features.Intake;

/// <summary>The applicant panel's editable state; becomes the domain's <see cref="Applicant"/> on every change.</summary>
public sealed class ApplicantInput
{
    public ApplicantKind Kind { get; set; } = ApplicantKind.Person;
    public string Name { get; set; } = string.Empty;
    public string IdNumber { get; set; } = string.Empty;
    public string? Phone { get; set; }
    public string? Address { get; set; }
    public string? LegalRepresentative { get; set; }
    public bool HasProxy { get; set; }
    public string ProxyName { get; set; } = string.Empty;
    public string ProxyIdNumber { get; set; } = string.Empty;
    public string? ProxyPhone { get; set; }

    public Applicant ToApplicant() => new(
        Kind,
        Name,
        IdNumber,
        Phone,
        Kind == ApplicantKind.Person ? Address : null,
        Kind == ApplicantKind.Enterprise ? LegalRepresentative : null,
        HasProxy ? new Proxy(ProxyName, ProxyIdNumber, ProxyPhone) : null);

    public static ApplicantInput From(Applicant applicant) => new()
    {
        Kind = applicant.Kind,
        Name = applicant.Name,
        IdNumber = applicant.IdNumber,
        Phone = applicant.Phone,
        Address = applicant.Address,
        LegalRepresentative = applicant.LegalRepresentative,
        HasProxy = applicant.Proxy is not null,
        ProxyName = applicant.Proxy?.Name ?? string.Empty,
        ProxyIdNumber = applicant.Proxy?.IdNumber ?? string.Empty,
        ProxyPhone = applicant.Proxy?.Phone,
    };
}
