using System.Globalization;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Intake;

/// <summary>The lines proposed for a notice, and the blanks the clerk may add if the applicant cannot answer on the spot.</summary>
public sealed record NoticeProposal(IReadOnlyList<NoticeLine> Lines, IReadOnlyList<NoticeLine> Optional);

/// <summary>
/// 一次性告知: what the applicant must bring or correct. Every required material not provided, with every form the catalog
/// accepts it in; every value the applicant gave that is wrong. Blanks are the clerk's to fill by asking, so they are
/// only offered, never listed on their own.
/// </summary>
public static class OneTimeNotice
{
    private static readonly HashSet<string> Blanks = new(StringComparer.Ordinal)
    {
        FieldErrorCodes.Required, FieldErrorCodes.MustBeChecked, FieldErrorCodes.RowsMin,
    };

    /// <summary>The proposal for an application as it stands today: the form checked by <see cref="FormValidator"/>, as the server checks an acceptance.</summary>
    public static NoticeProposal Propose(IntakeTarget target, FormData data, IReadOnlyDictionary<string, MaterialStatus> statuses, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Compose(target, data, statuses, FormValidator.Validate(target.Form, data, today).Errors);
    }

    public static NoticeProposal Compose(
        IntakeTarget target, FormData data, IReadOnlyDictionary<string, MaterialStatus> statuses, IEnumerable<FieldError> formErrors)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(statuses);
        var lines = new List<NoticeLine>();
        foreach (var material in target.RequiredMaterials(data))
        {
            MaterialStatus? status = statuses.TryGetValue(material.Code, out var s) ? s : null;
            if (MaterialRules.IsMissing(material, required: true, status))
            {
                lines.Add(MaterialLine(material));
            }
        }

        var optional = new List<NoticeLine>();
        foreach (var error in formErrors.DistinctBy(e => e.Path))
        {
            var label = FieldLabels.Of(target.Form, error.Path);
            if (Blanks.Contains(error.Code))
            {
                optional.Add(new NoticeLine(NoticeLineKind.Field, error.Path, label, LocalizedText.Empty) { ProblemCode = NoticeCodes.FieldMissing });
            }
            else
            {
                var args = new Dictionary<string, string>(error.Args, StringComparer.Ordinal) { ["error"] = error.Code };
                lines.Add(new NoticeLine(NoticeLineKind.Field, error.Path, label, LocalizedText.Empty) { ProblemCode = NoticeCodes.FieldFaulty, Args = args });
            }
        }

        return new NoticeProposal(lines, optional);
    }

    public static NoticeLine MaterialLine(MaterialRequirement material)
    {
        ArgumentNullException.ThrowIfNull(material);
        var forms = MaterialRules.AllowedStatuses(material).Where(s => s != MaterialStatus.Missing);
        return new NoticeLine(NoticeLineKind.Material, material.Code, material.Name, LocalizedText.Empty)
        {
            ProblemCode = NoticeCodes.Material,
            Args = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["forms"] = string.Join(',', forms),
                ["copies"] = material.Copies.ToString(CultureInfo.InvariantCulture),
            },
        };
    }
}
