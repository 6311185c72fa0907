namespace ClerkStation.Domain.Common;

/// <summary>
/// A row that belongs to one township service center (ADR 0018): the persistence layer stamps <see cref="CenterId"/> on
/// insert and scopes every query of a center-bound user to the user's center.
/// </summary>
public interface ICenterOwned
{
    /// <summary>The <see cref="Centers.Center.Id"/> of the center the row belongs to; 0 until it is saved.</summary>
    int CenterId { get; }
}
