using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;

namespace ClerkStation.Tests.Support;

/// <summary>
/// Builds sample form data for any catalog form: a valid sample that fills every input field (visible or not, so
/// whatever visibleWhen / requiredWhen decide, the visible fields are filled with valid values), and invalid variants.
/// </summary>
public static partial class FormSamples
{
    /// <summary>A valid resident ID: Shaoxing Keqiao (330621), born 1980-01-01, sequence 001, GB 11643 check character.</summary>
    public static readonly string ResidentId = WithIdCheck("33062119800101001");

    /// <summary>A valid unified social credit code (GB 32100): 92 = sole proprietorship, region 330621.</summary>
    public static readonly string CreditCode = WithCreditCheck("92330621MA2B3C4D5");

    public const string Mobile = "13800138000";

    public static string WithIdCheck(string first17) => first17 + ResidentIdNumber.ComputeCheckChar(first17);

    public static string WithCreditCheck(string first17) => first17 + UnifiedCreditCode.ComputeCheckChar(first17);

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
}
