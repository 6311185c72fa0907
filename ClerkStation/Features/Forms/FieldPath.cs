using System.Globalization;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Features.Forms;

/// <summary>A field's path in form data (<c>members[1].monthlyIncome</c>): which field it names, in which row.</summary>
internal static class FieldPath
{
    /// <summary>
    /// The field and the row holding it for <paramref name="path"/>; null when the path no longer exists (a removed row)
    /// or names no field.
    /// </summary>
    public static (FieldDefinition Field, FormData Row)? Resolve(IReadOnlyList<FieldDefinition> formFields, FormData root, string path)
    {
        var fields = formFields;
        var row = root;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? segment : segment[..bracket];
            var field = fields.FirstOrDefault(f => f.Key == key);
            if (field is null)
            {
                return null;
            }

            if (bracket < 0)
            {
                return i == segments.Length - 1 ? (field, row) : null;
            }

            var rows = row.GetRows(key);
            if (!int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                || index >= rows.Count)
            {
                return null;
            }

            row = rows[index];
            fields = field.Fields;
        }

        return null;
    }
}
