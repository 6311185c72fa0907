using System.Globalization;
using ClerkStation.Domain.Forms.Checks;

namespace ClerkStation.Domain.Forms;

/// <summary>Visibility, requiredness and computed values (normalisation in FormEvaluator.Normalization.cs): shared by the UI and the server.</summary>
public static partial class FormEvaluator
{
    public static bool IsVisible(FieldDefinition field, FormData row, FormData root) =>
        field.VisibleWhen is null || field.VisibleWhen.Evaluate(row, root);

    public static bool IsRequired(FieldDefinition field, FormData row, FormData root) =>
        field.Required || (field.RequiredWhen?.Evaluate(row, root) ?? false);

    /// <summary>The value of a computed field from the current data; null when its inputs are missing or invalid.</summary>
    public static string? Compute(FieldDefinition field, FormData row, FormData root, DateOnly today)
    {
        var spec = field.Compute;
        if (spec is null)
        {
            return null;
        }

        switch (spec.Op)
        {
            case ComputeOp.Sum:
            {
                var dot = spec.Of.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0)
                {
                    return null;
                }

                var rows = Scope(spec.Of[..dot], row, root).GetRows(spec.Of[..dot]);
                var sum = rows.Select(r => ParseDecimal(r.Get(spec.Of[(dot + 1)..])) ?? 0m).Sum();
                return Format(sum);
            }

            case ComputeOp.Count:
                return Scope(spec.Of, row, root).GetRows(spec.Of).Count.ToString(CultureInfo.InvariantCulture);

            case ComputeOp.Age or ComputeOp.BirthDate or ComputeOp.Sex:
            {
                var id = ResidentIdNumber.Validate(Scope(spec.Of, row, root).Get(spec.Of), today).Info;
                return id is null
                    ? null
                    : spec.Op switch
                    {
                        ComputeOp.Age => id.AgeOn(today).ToString(CultureInfo.InvariantCulture),
                        ComputeOp.BirthDate => id.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        _ => id.Sex == Sex.Male ? "male" : "female",
                    };
            }

            case ComputeOp.Divide:
            {
                var of = ParseDecimal(Scope(spec.Of, row, root).Get(spec.Of));
                var by = spec.By is null ? null : ParseDecimal(Scope(spec.By, row, root).Get(spec.By));
                return of is null || by is null or 0m
                    ? null
                    : Math.Round(of.Value / by.Value, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
            }

            default:
                return null;
        }
    }

    /// <summary>
    /// Stores every computed field's value in <paramref name="data"/> (group rows included). Repeats until stable so
    /// a divide over a computed total works whatever the declaration order.
    /// </summary>
    public static void ComputeAll(FormDefinition form, FormData data, DateOnly today)
    {
        for (var pass = 0; pass < 4; pass++)
        {
            if (!ComputeFields(form.Fields, data, data, today))
            {
                return;
            }
        }
    }

    internal static decimal? ParseDecimal(string? value) =>
        decimal.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    // A key is looked up in the current row first, then at the top of the form.
    private static FormData Scope(string key, FormData row, FormData root) =>
        !ReferenceEquals(row, root) && row.Has(key) ? row : root;

    private static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static bool ComputeFields(IReadOnlyList<FieldDefinition> fields, FormData row, FormData root, DateOnly today)
    {
        var changed = false;
        foreach (var field in fields)
        {
            if (field.Kind == FieldKind.Group)
            {
                foreach (var r in row.GetRows(field.Key))
                {
                    changed |= ComputeFields(field.Fields, r, root, today);
                }
            }
            else if (field.Kind == FieldKind.Computed)
            {
                var value = Compute(field, row, root, today);
                if (row.Get(field.Key) != value || !row.Has(field.Key))
                {
                    row.Set(field.Key, value);
                    changed = true;
                }
            }
        }

        return changed;
    }
}
