namespace ClerkStation.Domain.Licences;

/// <summary>What the licence library says of a licence: valid unless revoked. Expiry is a matter of the day, see <see cref="Licence.StateOn"/>.</summary>
public enum LicenceStatus
{
    Valid,
    Revoked,
}

/// <summary>Whether a licence can replace paper on a given day.</summary>
public enum LicenceState
{
    Valid,
    Expired,
    Revoked,
}

/// <summary>Where the licence came from.</summary>
public enum LicenceSource
{
    /// <summary>ClerkStation issued it when a case of an issuing item was approved.</summary>
    Issued,
    /// <summary>Imported from the provincial licence library (seed file or admin upload).</summary>
    Imported,
}
