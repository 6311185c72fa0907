using System.Globalization;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Forms;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Intake;

/// <summary>
/// Builds the one-time notice: every required material not provided and every field with an error, each with its
/// problem in both languages (the notice is stored once and may be reprinted in either).
/// </summary>
public static class NoticeLines
{
    public static IReadOnlyList<NoticeLine> Build(
        IntakeTarget target, FormData data, IReadOnlyDictionary<string, MaterialStatus> statuses, IEnumerable<FieldError> formErrors, IStringLocalizer localizer)
    {
        var lines = new List<NoticeLine>();
        foreach (var material in target.RequiredMaterials(data))
        {
            MaterialStatus? status = statuses.TryGetValue(material.Code, out var s) ? s : null;
            if (MaterialRules.IsMissing(material, required: true, status))
            {
                var problem = Both(localizer, l => l["Notice.MaterialMissing", l["MaterialForm." + material.Form], material.Copies]);
                lines.Add(new NoticeLine(NoticeLineKind.Material, material.Code, material.Name, problem));
            }
        }

        foreach (var error in formErrors)
        {
            var label = LabelOf(target.Form, error.Path);
            lines.Add(new NoticeLine(NoticeLineKind.Field, error.Path, label, Both(localizer, l => FieldErrorText.Format(l, error))));
        }

        return lines;
    }

    // "members[1].income" → the group's label and the column's label.
    private static LocalizedText LabelOf(FormDefinition form, string path)
    {
        var parts = path.Split('.');
        var groupKey = parts[0].Split('[')[0];
        var field = form.Find(groupKey);
        if (field is null)
        {
            return new LocalizedText(path, path);
        }

        if (parts.Length > 1 && field.FindRowField(parts[1]) is { } column)
        {
            var row = parts[0].Contains('[', StringComparison.Ordinal) ? parts[0][(parts[0].IndexOf('[') + 1)..].TrimEnd(']') : "0";
            var number = int.TryParse(row, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
            return new LocalizedText($"{field.Label.Zh}（第{number}行）{column.Label.Zh}", $"{field.Label.En} (row {number}) {column.Label.En}");
        }

        return field.Label;
    }

    private static LocalizedText Both(IStringLocalizer localizer, Func<IStringLocalizer, string> text)
    {
        var current = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var zh = text(localizer);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var en = text(localizer);
            return new LocalizedText(zh, en);
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }
}
