using System.Globalization;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Support;

// A valid value for each kind of scalar field, within its pattern, length, range and dates.
public static partial class FormSamples
{
    /// <summary>Text candidates tried, in order, against a field's pattern.</summary>
    private static IEnumerable<string> PatternCandidates() =>
    [
        "A123456789",                 // medical birth certificate number
        "JY13306210000012",           // food business licence number
        "6228480123456789012",        // bank account (19 digits)
        ResidentId + "41",            // second-generation disability certificate number
        "123456", "12345678", "330621", "2024", "浙D12345", "浙D·A1234",
        "ZJ12345678", "A1234567", "0575-84001234", "13800138000", "张三",
    ];

    /// <summary>A valid stored value for a scalar field.</summary>
    public static string ValidScalar(FieldDefinition field, DateOnly today) => field.Kind switch
    {
        FieldKind.Text => ValidText(field),
        FieldKind.Textarea or FieldKind.Address => Sized(field, "浙江省绍兴市柯桥区柯桥街道笛扬路1号"),
        FieldKind.Number => Number(field, 1m).ToString(CultureInfo.InvariantCulture),
        FieldKind.Money => Number(field, 100m).ToString("0.00", CultureInfo.InvariantCulture),
        FieldKind.Date => ValidDate(field, today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldKind.Select or FieldKind.Radio => field.Options[0].Value,
        FieldKind.Checkbox => "true",
        FieldKind.ResidentId => ResidentId,
        FieldKind.CreditCode => CreditCode,
        FieldKind.Mobile => Mobile,
        _ => throw new InvalidOperationException($"no sample for {field.Kind} ({field.Key})"),
    };

    private static string ValidText(FieldDefinition field)
    {
        if (field.Pattern is null)
        {
            return Sized(field, "测试内容");
        }

        var regex = new System.Text.RegularExpressions.Regex($"^(?:{field.Pattern})$");
        return PatternCandidates().FirstOrDefault(c => regex.IsMatch(c) && LengthOk(field, c))
            ?? throw new InvalidOperationException(
                $"no sample text matches pattern {field.Pattern} of field {field.Key}; add one to FormSamples.PatternCandidates");
    }

    private static bool LengthOk(FieldDefinition field, string value) =>
        (field.MinLength is not { } min || value.Length >= min) && (field.MaxLength is not { } max || value.Length <= max);

    private static string Sized(FieldDefinition field, string text)
    {
        var min = field.MinLength ?? 0;
        while (text.Length < min)
        {
            text += text;
        }

        return field.MaxLength is { } max && text.Length > max ? text[..max] : text;
    }

    private static decimal Number(FieldDefinition field, decimal preferred)
    {
        var value = preferred;
        if (field.Min is { } min && value < min)
        {
            value = min;
        }

        if (field.Max is { } max && value > max)
        {
            value = max;
        }

        return value;
    }

    private static DateOnly ValidDate(FieldDefinition field, DateOnly today)
    {
        var min = field.MinDate is null ? (DateOnly?)null : ParseDate(field.MinDate, today);
        var max = field.MaxDate is null ? (DateOnly?)null : ParseDate(field.MaxDate, today);
        var value = today;
        if (min is { } lo && value < lo)
        {
            value = lo;
        }

        if (max is { } hi && value > hi)
        {
            value = hi;
        }

        return value;
    }

    public static DateOnly ParseDate(string value, DateOnly today) =>
        value == "today" ? today : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
