namespace ClerkStation.Domain.Catalog;

/// <summary>Who may apply for an item: a natural person, an enterprise, or either.</summary>
public enum ApplicantKind
{
    Person,
    Enterprise,
    Both,
}
