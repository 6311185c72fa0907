using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Intake;

/// <summary>
/// A household table that includes the applicant (a group whose relation column offers <c>self</c>) starts with the
/// identified applicant's row: name, ID number, relation 本人. Only blanks are filled, so the clerk's edits stay.
/// </summary>
public static class HouseholdPrefill
{
    public const string Self = "self";

    /// <summary>Fills the applicant's row in every such group; true when anything changed.</summary>
    public static bool Apply(FormDefinition form, FormData data, Applicant applicant)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(applicant);
        if (applicant.Kind != ApplicantKind.Person || (string.IsNullOrWhiteSpace(applicant.Name) && string.IsNullOrWhiteSpace(applicant.IdNumber)))
        {
            return false;
        }

        var changed = false;
        foreach (var group in form.Fields.Where(f => f.Kind == FieldKind.Group))
        {
            var relation = group.Fields.FirstOrDefault(f => f.Kind == FieldKind.Select && f.Options.Any(o => o.Value == Self));
            if (relation is null)
            {
                continue;
            }

            var rows = data.Rows(group.Key);
            var row = rows.FirstOrDefault(r => r.Get(relation.Key) == Self);
            if (row is null)
            {
                if (rows.Count > 0 && !rows[0].Keys.Any(k => !string.IsNullOrWhiteSpace(rows[0].Get(k))))
                {
                    row = rows[0];
                }
                else
                {
                    row = new FormData();
                    rows.Insert(0, row);
                }

                row.Set(relation.Key, Self);
                changed = true;
            }

            changed |= FillBlank(row, group.Fields.FirstOrDefault(f => f.Key == "name" && f.Kind == FieldKind.Text), applicant.Name.Trim());
            changed |= FillBlank(row, group.Fields.FirstOrDefault(f => f.Kind == FieldKind.ResidentId), applicant.IdNumber.Trim().ToUpperInvariant());
        }

        return changed;
    }

    private static bool FillBlank(FormData row, FieldDefinition? field, string value)
    {
        if (field is null || value.Length == 0 || !string.IsNullOrWhiteSpace(row.Get(field.Key)))
        {
            return false;
        }

        row.Set(field.Key, value);
        return true;
    }
}
