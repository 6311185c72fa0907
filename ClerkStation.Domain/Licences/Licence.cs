using ClerkStation.Domain.Common;

namespace ClerkStation.Domain.Licences;

/// <summary>
/// 电子证照: one certificate held electronically, usable instead of paper (免提交) while valid. Issued by ClerkStation on
/// the approval of an issuing item, or imported from the provincial licence library.
/// </summary>
public sealed class Licence
{
    private Licence()
    {
    }

    public Guid Id { get; private set; }
    public string TypeCode { get; private set; } = string.Empty;
    public string Number { get; private set; } = string.Empty;
    /// <summary>Resident ID number or unified social credit code of the holder.</summary>
    public string HolderId { get; private set; } = string.Empty;
    public string HolderName { get; private set; } = string.Empty;
    public DateOnly IssuedOn { get; private set; }
    /// <summary>Last valid day; null = long-term (长期).</summary>
    public DateOnly? ValidUntil { get; private set; }
    public LicenceStatus Status { get; private set; }
    public LicenceSource Source { get; private set; }
    /// <summary>The case whose approval issued it.</summary>
    public string? CaseNumber { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static Licence Create(
        string typeCode, string number, string holderId, string holderName, DateOnly issuedOn, DateOnly? validUntil,
        LicenceStatus status, LicenceSource source, string? caseNumber, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(holderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(holderName);
        if (validUntil < issuedOn)
        {
            throw new ArgumentException("A licence cannot expire before it is issued.", nameof(validUntil));
        }

        return new Licence
        {
            Id = Guid.CreateVersion7(now),
            TypeCode = typeCode,
            Number = number.Trim(),
            HolderId = holderId.Trim().ToUpperInvariant(),
            HolderName = holderName.Trim(),
            IssuedOn = issuedOn,
            ValidUntil = validUntil,
            Status = status,
            Source = source,
            CaseNumber = caseNumber,
            RecordedAt = now,
        };
    }

    /// <summary>Valid on <paramref name="day"/>: not revoked and not past its last valid day.</summary>
    public LicenceState StateOn(DateOnly day) =>
        Status == LicenceStatus.Revoked ? LicenceState.Revoked
        : ValidUntil is { } until && until < day ? LicenceState.Expired
        : LicenceState.Valid;

    /// <summary>
    /// The licence replaces a material of <paramref name="typeCode"/> for the applicant <paramref name="holderId"/> today,
    /// or the refusal says why not.
    /// </summary>
    public void RequireUsableFor(string typeCode, string holderId, DateOnly today)
    {
        if (!string.Equals(HolderId, holderId.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainRuleException(LicenceRuleCodes.NotHolder, "The applicant does not hold this licence.");
        }

        if (TypeCode != typeCode)
        {
            throw new DomainRuleException(LicenceRuleCodes.WrongType, "This licence is not of the type the material asks for.");
        }

        switch (StateOn(today))
        {
            case LicenceState.Revoked:
                throw new DomainRuleException(LicenceRuleCodes.Revoked, "The licence is revoked.");
            case LicenceState.Expired:
                throw new DomainRuleException(LicenceRuleCodes.Expired, "The licence has expired.");
        }
    }

    public void Revoke() => Status = LicenceStatus.Revoked;

    /// <summary>Takes the library's current status and validity; true when either changed.</summary>
    public bool Refresh(DateOnly? validUntil, LicenceStatus status)
    {
        var changed = validUntil != ValidUntil || status != Status;
        ValidUntil = validUntil;
        Status = status;
        return changed;
    }
}
