using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Intake;

public partial class DecisionProblems
{
    private static readonly Dictionary<string, string> ApplicantLabels = new(StringComparer.Ordinal)
    {
        ["applicant.kind"] = "Intake.ApplicantKind",
        ["applicant.phone"] = "Intake.Phone",
        ["applicant.address"] = "Intake.Address",
        ["applicant.legalRepresentative"] = "Intake.LegalRepresentative",
        ["applicant.proxy.name"] = "Intake.ProxyName",
        ["applicant.proxy.idNumber"] = "Intake.ProxyIdNumber",
        ["applicant.proxy.phone"] = "Intake.ProxyPhone",
        ["lines"] = "Decision.Notice",
        ["reason"] = "Refuse.Reason",
    };

    /// <summary>The problems of the last attempt: from the server, or the same rules checked before sending.</summary>
    [Parameter]
    public IReadOnlyList<ValidationProblem> Problems { get; set; } = [];

    /// <summary>The item or bundle open at the counter, for field and material names.</summary>
    [Parameter]
    public IntakeTarget? Target { get; set; }

    [Parameter]
    public ApplicantKind ApplicantKind { get; set; } = ApplicantKind.Person;

    /// <summary>Resource key of the heading, with the number of problems as {0}.</summary>
    [Parameter]
    public string Title { get; set; } = "Intake.ServerRejected";

    private sealed record Line(string Code, string? Where, string Text);

    private IEnumerable<Line> Lines => Problems.Select(p =>
        new Line(p.Code, Where(p.Path), FieldErrorText.Format(L, new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>()))));

    private string? Where(string path)
    {
        var enterprise = ApplicantKind == ApplicantKind.Enterprise;
        if (path == "applicant.idNumber")
        {
            return L[enterprise ? "Intake.CreditCode" : "Intake.IdNumber"];
        }

        if (path == "applicant.name")
        {
            return L[enterprise ? "Intake.EnterpriseName" : "Intake.Name"];
        }

        if (ApplicantLabels.TryGetValue(path, out var key))
        {
            return L[key];
        }

        if (Target is null)
        {
            return null;
        }

        if (path.StartsWith("form.", StringComparison.Ordinal))
        {
            return FieldLabels.Of(Target.Form, path["form.".Length..]).Current;
        }

        return path.StartsWith("materials.", StringComparison.Ordinal)
            ? Target.Materials.FirstOrDefault(m => m.Code == path["materials.".Length..])?.Name.Current
            : null;
    }
}
