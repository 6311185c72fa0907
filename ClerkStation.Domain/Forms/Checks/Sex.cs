namespace ClerkStation.Domain.Forms.Checks;

/// <summary>Sex as encoded in the 17th digit of a resident ID number (odd = male).</summary>
public enum Sex
{
    Male,
    Female,
}
