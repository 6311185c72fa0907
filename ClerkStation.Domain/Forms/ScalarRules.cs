using System.Globalization;
using System.Text.RegularExpressions;
using static ClerkStation.Domain.Forms.FieldErrorCodes;

namespace ClerkStation.Domain.Forms;

/// <summary>
/// The checks of one non-empty scalar value by its field's limits (length, pattern, number, money, date) and of a
/// checkbox; used by <see cref="FormValidator"/>, which decides first whether the field is visible, required and filled.
/// </summary>
internal static class ScalarRules
{
    public static FieldError? CheckboxError(string? raw, bool required, string path)
    {
        var value = raw?.Trim();
        if (!string.IsNullOrEmpty(value) && value is not ("true" or "false"))
        {
            return Error(path, Option, ("value", value));
        }

        // A required checkbox is a declaration: only a tick satisfies it.
        return required && value != "true" ? new FieldError(path, MustBeChecked) : null;
    }

    public static FieldError? LengthError(FieldDefinition field, string value, string path)
    {
        // Count characters as people see them: rare name characters (CJK Ext. B) are surrogate pairs.
        var length = new StringInfo(value).LengthInTextElements;
        if (field.MinLength is { } min && length < min)
        {
            return Error(path, MinLength, ("minLength", Invariant(min)));
        }

        return field.MaxLength is { } max && length > max ? Error(path, MaxLength, ("maxLength", Invariant(max))) : null;
    }

    public static FieldError? PatternError(FieldDefinition field, string value, string path)
    {
        if (field.Pattern is null || FormValidator.GetRegex(field.Pattern) is not { } regex)
        {
            return null;
        }

        bool matches;
        try
        {
            matches = regex.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }

        if (matches)
        {
            return null;
        }

        var args = new Dictionary<string, string> { ["pattern"] = field.Pattern };
        if (field.PatternMessage is { } message)
        {
            args["messageZh"] = message.Zh;
            args["messageEn"] = message.En;
        }

        return new FieldError(path, Pattern, args);
    }

    public static FieldError? NumberError(FieldDefinition field, string value, string path, bool money)
    {
        if (FormEvaluator.ParseDecimal(value) is not { } number)
        {
            return new FieldError(path, money ? Money : Number);
        }

        if (money && number.Scale > 2)
        {
            return new FieldError(path, Money);
        }

        if (field.Min is { } min && number < min)
        {
            return Error(path, Min, ("min", Invariant(min)));
        }

        return field.Max is { } max && number > max ? Error(path, Max, ("max", Invariant(max))) : null;
    }

    public static FieldError? DateError(FieldDefinition field, string value, DateOnly today, string path)
    {
        if (FormValidator.ParseDate(value, today) is not { } date || value == "today")
        {
            return new FieldError(path, Date);
        }

        if (field.MinDate is not null && FormValidator.ParseDate(field.MinDate, today) is { } min && date < min)
        {
            return Error(path, DateMin, ("minDate", Iso(min)));
        }

        return field.MaxDate is not null && FormValidator.ParseDate(field.MaxDate, today) is { } max && date > max
            ? Error(path, DateMax, ("maxDate", Iso(max)))
            : null;
    }

    public static FieldError Error(string path, string code, params (string Key, string Value)[] args) =>
        new(path, code, args.ToDictionary(a => a.Key, a => a.Value));

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
