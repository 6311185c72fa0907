using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using ClerkStation.Domain.Forms.Checks;
using static ClerkStation.Domain.Forms.FieldErrorCodes;

namespace ClerkStation.Domain.Forms;

/// <summary>
/// Validates form data against its definition. The Blazor form (per field, as the clerk types) and the server
/// pipeline (whole form) call the same code, so they cannot disagree.
/// </summary>
public static class FormValidator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);
    private static readonly ConcurrentDictionary<string, Regex?> Patterns = new(StringComparer.Ordinal);

    public static FormValidationResult Validate(FormDefinition form, FormData data, DateOnly today)
    {
        var errors = new List<FieldError>();
        ValidateFields(form.Fields, data, data, today, prefix: string.Empty, errors);
        return new FormValidationResult(errors);
    }

    /// <summary>
    /// The first error of one field in one row (for a group: its row count), or null. Hidden fields have no error.
    /// Group row contents are checked by <see cref="Validate"/>, or by calling this for each row field.
    /// </summary>
    public static FieldError? ValidateField(FieldDefinition field, FormData row, FormData root, DateOnly today, string path)
    {
        if (!field.IsInput || !FormEvaluator.IsVisible(field, row, root))
        {
            return null;
        }

        var required = FormEvaluator.IsRequired(field, row, root);
        return field.Kind switch
        {
            FieldKind.Group => ValidateRows(field, row.GetRows(field.Key).Count, required, path),
            FieldKind.MultiSelect => ValidateList(field, row.GetList(field.Key), required, path),
            _ => ValidateScalar(field, row.Get(field.Key), required, today, path),
        };
    }

    private static void ValidateFields(
        IReadOnlyList<FieldDefinition> fields, FormData row, FormData root, DateOnly today, string prefix, List<FieldError> errors)
    {
        foreach (var field in fields)
        {
            var path = prefix + field.Key;
            if (ValidateField(field, row, root, today, path) is { } error)
            {
                errors.Add(error);
            }

            if (field.Kind == FieldKind.Group && FormEvaluator.IsVisible(field, row, root))
            {
                var rows = row.GetRows(field.Key);
                for (var i = 0; i < rows.Count; i++)
                {
                    ValidateFields(field.Fields, rows[i], root, today, $"{path}[{i}].", errors);
                }
            }
        }
    }

    private static FieldError? ValidateRows(FieldDefinition field, int count, bool required, string path)
    {
        if (required && count == 0)
        {
            return new FieldError(path, Required);
        }

        if (field.MinRows is { } min && count < min)
        {
            return Error(path, RowsMin, ("minRows", Invariant(min)));
        }

        return field.MaxRows is { } max && count > max ? Error(path, RowsMax, ("maxRows", Invariant(max))) : null;
    }

    private static FieldError? ValidateList(FieldDefinition field, IReadOnlyList<string> values, bool required, string path)
    {
        if (values.Count == 0)
        {
            return required ? new FieldError(path, Required) : null;
        }

        var unknown = values.FirstOrDefault(v => !field.Options.Any(o => o.Value == v));
        return unknown is null ? null : Error(path, Option, ("value", unknown));
    }

    private static FieldError? ValidateScalar(FieldDefinition field, string? raw, bool required, DateOnly today, string path)
    {
        if (field.Kind == FieldKind.Checkbox)
        {
            return ValidateCheckbox(raw, required, path);
        }

        // Text areas keep their text as typed, but blank is still empty.
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return required ? new FieldError(path, Required) : null;
        }

        return field.Kind switch
        {
            FieldKind.Text => ValidateLength(field, value, path) ?? ValidatePattern(field, value, path),
            FieldKind.Textarea or FieldKind.Address => ValidateLength(field, value, path),
            FieldKind.Number => ValidateNumber(field, value, path, money: false),
            FieldKind.Money => ValidateNumber(field, value, path, money: true),
            FieldKind.Date => ValidateDate(field, value, today, path),
            FieldKind.Select or FieldKind.Radio =>
                field.Options.Any(o => o.Value == value) ? null : Error(path, Option, ("value", value)),
            FieldKind.ResidentId => ResidentIdNumber.Validate(value, today).ErrorCode is { } idError ? new FieldError(path, idError) : null,
            FieldKind.CreditCode => UnifiedCreditCode.Validate(value).ErrorCode is { } ccError ? new FieldError(path, ccError) : null,
            FieldKind.Mobile => MobileNumber.IsValid(value) ? null : new FieldError(path, MobileFormat),
            _ => null,
        };
    }

    private static FieldError? ValidateCheckbox(string? raw, bool required, string path)
    {
        var value = raw?.Trim();
        if (!string.IsNullOrEmpty(value) && value is not ("true" or "false"))
        {
            return Error(path, Option, ("value", value));
        }

        // A required checkbox is a declaration: only a tick satisfies it.
        return required && value != "true" ? new FieldError(path, MustBeChecked) : null;
    }

    private static FieldError? ValidateLength(FieldDefinition field, string value, string path)
    {
        // Count characters as people see them: rare name characters (CJK Ext. B) are surrogate pairs.
        var length = new StringInfo(value).LengthInTextElements;
        if (field.MinLength is { } min && length < min)
        {
            return Error(path, MinLength, ("minLength", Invariant(min)));
        }

        return field.MaxLength is { } max && length > max ? Error(path, MaxLength, ("maxLength", Invariant(max))) : null;
    }

    private static FieldError? ValidatePattern(FieldDefinition field, string value, string path)
    {
        if (field.Pattern is null || GetRegex(field.Pattern) is not { } regex)
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

    private static FieldError? ValidateNumber(FieldDefinition field, string value, string path, bool money)
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

    private static FieldError? ValidateDate(FieldDefinition field, string value, DateOnly today, string path)
    {
        if (ParseDate(value, today) is not { } date || value == "today")
        {
            return new FieldError(path, Date);
        }

        if (field.MinDate is not null && ParseDate(field.MinDate, today) is { } min && date < min)
        {
            return Error(path, DateMin, ("minDate", Iso(min)));
        }

        return field.MaxDate is not null && ParseDate(field.MaxDate, today) is { } max && date > max
            ? Error(path, DateMax, ("maxDate", Iso(max)))
            : null;
    }

    /// <summary><c>yyyy-MM-dd</c> or the word <c>today</c> (used by minDate / maxDate).</summary>
    internal static DateOnly? ParseDate(string value, DateOnly today) =>
        value == "today" ? today
        : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : null;

    /// <summary>The anchored, cached regex for a catalog pattern; null when the pattern does not compile.</summary>
    internal static Regex? GetRegex(string pattern) => Patterns.GetOrAdd(pattern, static p =>
    {
        try
        {
            return new Regex($"^(?:{p})$", RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    });

    private static FieldError Error(string path, string code, params (string Key, string Value)[] args) =>
        new(path, code, args.ToDictionary(a => a.Key, a => a.Value));

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
