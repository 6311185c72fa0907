namespace ClerkStation.Domain.Cases;

/// <summary>How a required material was provided at acceptance.</summary>
public enum MaterialStatus
{
    Original,
    Copy,
    /// <summary>电子证照: fetched by the system instead of a paper copy.</summary>
    ELicense,
    /// <summary>告知承诺: the applicant signed a commitment instead of providing the certificate.</summary>
    Commitment,
    Missing,
}
