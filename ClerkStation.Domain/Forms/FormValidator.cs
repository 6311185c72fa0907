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
            return ScalarRules.Error(path, RowsMin, ("minRows", ScalarRules.Invariant(min)));
        }

        return field.MaxRows is { } max && count > max ? ScalarRules.Error(path, RowsMax, ("maxRows", ScalarRules.Invariant(max))) : null;
    }

    private static FieldError? ValidateList(FieldDefinition field, IReadOnlyList<string> values, bool required, string path)
    {
        if (values.Count == 0)
        {
            return required ? new FieldError(path, Required) : null;
        }

        var unknown = values.FirstOrDefault(v => !field.Options.Any(o => o.Value == v));
        return unknown is null ? null : ScalarRules.Error(path, Option, ("value", unknown));
    }

    private static FieldError? ValidateScalar(FieldDefinition field, string? raw, bool required, DateOnly today, string path)
    {
        if (field.Kind == FieldKind.Checkbox)
        {
            return ScalarRules.CheckboxError(raw, required, path);
        }

        // Text areas keep their text as typed, but blank is still empty.
        var value = raw?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return required ? new FieldError(path, Required) : null;
        }

        return field.Kind switch
        {
            FieldKind.Text => ScalarRules.LengthError(field, value, path) ?? ScalarRules.PatternError(field, value, path),
            FieldKind.Textarea or FieldKind.Address => ScalarRules.LengthError(field, value, path),
            FieldKind.Number => ScalarRules.NumberError(field, value, path, money: false),
            FieldKind.Money => ScalarRules.NumberError(field, value, path, money: true),
            FieldKind.Date => ScalarRules.DateError(field, value, today, path),
            FieldKind.Select or FieldKind.Radio =>
                field.Options.Any(o => o.Value == value) ? null : ScalarRules.Error(path, Option, ("value", value)),
            FieldKind.ResidentId => ResidentIdNumber.Validate(value, today).ErrorCode is { } idError ? new FieldError(path, idError) : null,
            FieldKind.CreditCode => UnifiedCreditCode.Validate(value).ErrorCode is { } ccError ? new FieldError(path, ccError) : null,
            FieldKind.Mobile => MobileNumber.IsValid(value) ? null : new FieldError(path, MobileFormat),
            _ => null,
        };
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
}
