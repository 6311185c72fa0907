using System.Globalization;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Support;

// Invalid variants of a valid sample, each with the path its error is reported at.
public static partial class FormSamples
{
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
