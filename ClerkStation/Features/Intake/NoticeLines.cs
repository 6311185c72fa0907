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
            var label = FieldLabels.Of(target.Form, error.Path);
            lines.Add(new NoticeLine(NoticeLineKind.Field, error.Path, label, Both(localizer, l => FieldErrorText.Format(l, error))));
        }

        return lines;
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
