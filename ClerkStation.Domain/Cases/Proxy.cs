namespace ClerkStation.Domain.Cases;

/// <summary>代办人: an agent applying on the applicant's behalf (帮办代办 for remote islands, the elderly).</summary>
public sealed record Proxy(string Name, string IdNumber, string? Phone = null)
{
    public string MaskedIdNumber => PersonalDataMask.IdNumber(IdNumber);

    public string? MaskedPhone => PersonalDataMask.Phone(Phone);
}
