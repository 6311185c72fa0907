using System.Globalization;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Forms;

/// <summary>The label a clerk or an applicant reads for an error path: "members[1].income" → "家庭成员（第2行）月收入".</summary>
public static class FieldLabels
{
    public static LocalizedText Of(FormDefinition form, string path)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(path);
        var parts = path.Split('.');
        var groupKey = parts[0].Split('[')[0];
        var field = form.Find(groupKey);
        if (field is null)
        {
            return new LocalizedText(path, path);
        }

        if (parts.Length > 1 && field.FindRowField(parts[1]) is { } column)
        {
            var open = parts[0].IndexOf('[', StringComparison.Ordinal);
            var row = open >= 0 ? parts[0][(open + 1)..].TrimEnd(']') : "0";
            var number = int.TryParse(row, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
            return new LocalizedText($"{field.Label.Zh}（第{number}行）{column.Label.Zh}", $"{field.Label.En} (row {number}) {column.Label.En}");
        }

        return field.Label;
    }
}
