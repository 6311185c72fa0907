using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Cases;

/// <summary>One catalog material as ticked at the counter.</summary>
public sealed record MaterialRecord(string Code, LocalizedText Name, MaterialStatus Status)
{
    /// <summary>The e-licence used instead of paper (免提交), when <see cref="Status"/> is <see cref="MaterialStatus.ELicense"/>.</summary>
    public Guid? LicenceId { get; init; }
}
