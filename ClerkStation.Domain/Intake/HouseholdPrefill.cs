using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Intake;

/// <summary>
/// A household table that includes the applicant (a group whose relation column offers <c>self</c>) starts with the
/// identified applicant's row: name, ID number, relation 本人. Only blanks (or what an earlier call filled in from
/// <c>previous</c>, when the applicant was corrected) are filled, so the clerk's edits stay. An ID number is copied once
/// complete (18 characters).
/// </summary>
public static class HouseholdPrefill
{
    public const string Self = "self";

    /// <summary>Fills the applicant's row in every such group; true when anything changed.</summary>
    public static bool Apply(FormDefinition form, FormData data, Applicant applicant, Applicant? previous = null)
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

            changed |= Fill(row, group.Fields.FirstOrDefault(f => f.Key == "name" && f.Kind == FieldKind.Text), applicant.Name.Trim(), previous?.Name.Trim());
            changed |= Fill(row, group.Fields.FirstOrDefault(f => f.Kind == FieldKind.ResidentId), IdOf(applicant), previous is null ? null : IdOf(previous));
        }

        return changed;
    }

    private static string IdOf(Applicant applicant) =>
        applicant.IdNumber.Trim() is { Length: 18 } id ? id.ToUpperInvariant() : string.Empty;

    private static bool Fill(FormData row, FieldDefinition? field, string value, string? filledBefore)
    {
        var current = field is null ? null : row.Get(field.Key);
        if (field is null || value.Length == 0 || current == value
            || !(string.IsNullOrWhiteSpace(current) || (!string.IsNullOrEmpty(filledBefore) && current == filledBefore)))
        {
            return false;
        }

        row.Set(field.Key, value);
        return true;
    }
}
