namespace ClerkStation.Domain.Forms.Checks;

/// <summary>What a valid resident ID number tells: its normalised form, birth date, sex and province.</summary>
public sealed record ResidentIdInfo(string Normalized, DateOnly BirthDate, Sex Sex, string ProvinceCode)
{
    /// <summary>Age in full years on <paramref name="today"/>.</summary>
    public int AgeOn(DateOnly today)
    {
        var age = today.Year - BirthDate.Year;
        return today < BirthDate.AddYears(age) ? age - 1 : age;
    }
}
