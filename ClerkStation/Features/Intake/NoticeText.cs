using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Forms;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Intake;

/// <summary>The words of a notice line in the reader's language, from its code and args (the domain composes, the UI words).</summary>
public static class NoticeText
{
    public static string Problem(IStringLocalizer localizer, NoticeLine line)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(line);
        var args = line.Args ?? new Dictionary<string, string>();
        return line.ProblemCode switch
        {
            NoticeCodes.Material => Material(localizer, args),
            NoticeCodes.FieldFaulty => localizer["Notice.FieldFaulty", FieldErrorText.Format(localizer, new FieldError(line.Code,
                args.GetValueOrDefault("error", FieldErrorCodes.Pattern), args.Where(a => a.Key != "error").ToDictionary()))],
            NoticeCodes.FieldMissing => localizer["Notice.FieldMissing"],
            _ => line.Problem.Current,
        };
    }

    private static string Material(IStringLocalizer localizer, IReadOnlyDictionary<string, string> args)
    {
        var copies = int.TryParse(args.GetValueOrDefault("copies"), out var n) ? n : 1;
        var forms = args.GetValueOrDefault("forms", string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => Enum.TryParse<MaterialStatus>(f, out var status) ? status : MaterialStatus.Original)
            .Select(status => status == MaterialStatus.Copy ? Plural.Format(localizer, "Notice.Form.Copy", copies) : localizer["Notice.Form." + status].Value)
            .ToList();
        return forms.Count switch
        {
            0 => localizer["Notice.BringOne", localizer["Notice.Form.Original"]],
            1 => localizer["Notice.BringOne", forms[0]],
            _ => localizer["Notice.BringAny", string.Join(localizer["Notice.Or"], forms)],
        };
    }
}
