using System.Globalization;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;

namespace ClerkStation.Tests.Support;

/// <summary>
/// Builds sample form data for any catalog form: a valid sample that fills every input field (visible or not, so
/// whatever visibleWhen / requiredWhen decide, the visible fields are filled with valid values), and invalid variants.
/// </summary>
public static class FormSamples
{
    /// <summary>A valid resident ID: Shaoxing Keqiao (330621), born 1980-01-01, sequence 001, GB 11643 check character.</summary>
    public static readonly string ResidentId = WithIdCheck("33062119800101001");

    /// <summary>A valid unified social credit code (GB 32100): 92 = sole proprietorship, region 330621.</summary>
    public static readonly string CreditCode = WithCreditCheck("92330621MA2B3C4D5");

    public const string Mobile = "13800138000";

    public static string WithIdCheck(string first17) => first17 + ResidentIdNumber.ComputeCheckChar(first17);

    public static string WithCreditCheck(string first17) => first17 + UnifiedCreditCode.ComputeCheckChar(first17);

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

    public static FormData Valid(FormDefinition form, DateOnly today)
    {
        var data = new FormData();
        Fill(form.Fields, data, today);
        FormEvaluator.ComputeAll(form, data, today);
        return data;
    }

    private static void Fill(IReadOnlyList<FieldDefinition> fields, FormData row, DateOnly today)
    {
        foreach (var field in fields)
        {
            switch (field.Kind)
            {
                case FieldKind.Section:
                case FieldKind.Computed:
                    break;
                case FieldKind.Group:
                    var rows = row.Rows(field.Key);
                    var count = Math.Max(field.MinRows ?? 0, 1);
                    for (var i = 0; i < count; i++)
                    {
                        Fill(field.Fields, row.AddRow(field.Key), today);
                    }

                    break;
                case FieldKind.MultiSelect:
                    row.SetList(field.Key, [field.Options[0].Value]);
                    break;
                default:
                    row.Set(field.Key, ValidScalar(field, today));
                    break;
            }
        }
    }

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

    /// <summary>
    /// Invalid variants of a valid sample, each with the path that must then be reported: every top-level field that is
    /// visible and required gets emptied; every visible scalar with a max / maxDate / maxLength gets a value past it; the
    /// first row of each visible group loses each of its required fields.
    /// </summary>
    public static IEnumerable<(string Description, string Path, FormData Data)> Invalid(FormDefinition form, FormData valid, DateOnly today)
    {
        foreach (var field in form.Fields.Where(f => f.IsInput && FormEvaluator.IsVisible(f, valid, valid)))
        {
            if (FormEvaluator.IsRequired(field, valid, valid))
            {
                var data = valid.Clone();
                switch (field.Kind)
                {
                    case FieldKind.Group:
                        data.Rows(field.Key).Clear();
                        break;
                    case FieldKind.MultiSelect:
                        data.SetList(field.Key, []);
                        break;
                    case FieldKind.Checkbox:
                        data.Set(field.Key, "false");
                        break;
                    default:
                        data.Set(field.Key, null);
                        break;
                }

                yield return ($"required {field.Key} emptied", field.Key, data);
            }

            if (OutOfRange(field, today) is { } bad)
            {
                yield return ($"{field.Key} = {bad}", field.Key, valid.Clone().Set(field.Key, bad));
            }

            if (field.Kind == FieldKind.Group && valid.GetRows(field.Key).Count > 0)
            {
                var row = valid.GetRows(field.Key)[0];
                foreach (var inner in field.Fields.Where(f => f.IsInput && f.Kind is not (FieldKind.Group or FieldKind.MultiSelect)
                                                             && FormEvaluator.IsVisible(f, row, valid) && FormEvaluator.IsRequired(f, row, valid)))
                {
                    var data = valid.Clone();
                    data.Rows(field.Key)[0].Set(inner.Key, inner.Kind == FieldKind.Checkbox ? "false" : null);
                    yield return ($"required {field.Key}[0].{inner.Key} emptied", $"{field.Key}[0].{inner.Key}", data);
                }
            }
        }
    }

    private static string? OutOfRange(FieldDefinition field, DateOnly today) => field.Kind switch
    {
        FieldKind.Number or FieldKind.Money when field.Max is { } max => (max + 1).ToString(CultureInfo.InvariantCulture),
        FieldKind.Date when field.MaxDate is { } maxDate =>
            ParseDate(maxDate, today).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        FieldKind.Select or FieldKind.Radio => "no-such-option",
        FieldKind.ResidentId => ResidentId[..17] + (ResidentId[17] == '0' ? '1' : '0'),
        FieldKind.Mobile => "12345",
        _ => null,
    };
}
