namespace ClerkStation.Domain.Forms;

/// <summary>The stable error codes of <see cref="FormValidator"/>; the UI localises them through resource keys.</summary>
public static class FieldErrorCodes
{
    public const string Required = "required";
    public const string Min = "min";
    public const string Max = "max";
    public const string MinLength = "minLength";
    public const string MaxLength = "maxLength";
    public const string Pattern = "pattern";
    public const string Number = "number";
    public const string Money = "money";
    public const string Date = "date";
    public const string DateMin = "dateMin";
    public const string DateMax = "dateMax";
    public const string Option = "option";
    public const string MustBeChecked = "mustBeChecked";
    public const string ResidentIdFormat = Checks.ResidentIdNumber.FormatError;
    public const string ResidentIdCheckDigit = Checks.ResidentIdNumber.CheckDigitError;
    public const string ResidentIdBirthDate = Checks.ResidentIdNumber.BirthDateError;
    public const string ResidentIdProvince = Checks.ResidentIdNumber.ProvinceError;
    public const string CreditCodeFormat = Checks.UnifiedCreditCode.FormatError;
    public const string CreditCodeCheckDigit = Checks.UnifiedCreditCode.CheckDigitError;
    public const string MobileFormat = Checks.MobileNumber.FormatError;
    public const string RowsMin = "rowsMin";
    public const string RowsMax = "rowsMax";

    public static IReadOnlyList<string> All { get; } =
    [
        Required, Min, Max, MinLength, MaxLength, Pattern, Number, Money, Date, DateMin, DateMax, Option, MustBeChecked,
        ResidentIdFormat, ResidentIdCheckDigit, ResidentIdBirthDate, ResidentIdProvince, CreditCodeFormat,
        CreditCodeCheckDigit, MobileFormat, RowsMin, RowsMax,
    ];
}
