using ClerkStation.Domain.Forms.Checks;

namespace ClerkStation.Domain.Forms;

/// <summary>The clean copy a form is submitted as: values normalised by kind, hidden and unknown fields dropped.</summary>
public static partial class FormEvaluator
{
    /// <summary>
    /// A clean copy for submission: text trimmed, ID numbers and credit codes upper-cased, mobiles stripped to digits,
    /// empty values, hidden fields and keys the form does not define dropped. Computed values are kept as given.
    /// </summary>
    public static FormData Normalize(FormDefinition form, FormData data)
    {
        var cleaned = NormalizeValues(form.Fields, data);
        return DropHidden(form.Fields, cleaned, cleaned);
    }

    private static FormData NormalizeValues(IReadOnlyList<FieldDefinition> fields, FormData source)
    {
        var result = new FormData();
        foreach (var field in fields.Where(f => f.Kind != FieldKind.Section && source.Has(f.Key)))
        {
            switch (field.Kind)
            {
                case FieldKind.Group:
                    result.Rows(field.Key).AddRange(source.GetRows(field.Key).Select(r => NormalizeValues(field.Fields, r)));
                    break;
                case FieldKind.MultiSelect:
                    var list = source.GetList(field.Key).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().ToList();
                    if (list.Count > 0)
                    {
                        result.SetList(field.Key, list);
                    }

                    break;
                default:
                    var value = NormalizeScalar(field.Kind, source.Get(field.Key));
                    if (!string.IsNullOrEmpty(value))
                    {
                        result.Set(field.Key, value);
                    }

                    break;
            }
        }

        return result;
    }

    private static string? NormalizeScalar(FieldKind kind, string? value) => value is null
        ? null
        : kind switch
        {
            // Free prose is kept as typed (line breaks and indentation can matter), only blank becomes empty.
            FieldKind.Textarea => string.IsNullOrWhiteSpace(value) ? null : value,
            FieldKind.ResidentId or FieldKind.CreditCode => value.Trim().ToUpperInvariant(),
            FieldKind.Mobile => MobileNumber.Normalize(value),
            _ => value.Trim(),
        };

    private static FormData DropHidden(IReadOnlyList<FieldDefinition> fields, FormData row, FormData root)
    {
        foreach (var field in fields)
        {
            if (!IsVisible(field, row, root))
            {
                row.Remove(field.Key);
            }
            else if (field.Kind == FieldKind.Group && row.IsGroup(field.Key))
            {
                foreach (var r in row.GetRows(field.Key))
                {
                    DropHidden(field.Fields, r, root);
                }
            }
        }

        return row;
    }
}
