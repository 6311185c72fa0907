using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Training;
using ClerkStation.Features.Intake;

namespace ClerkStation.Features.Training;

/// <summary>A trainee's counter decision (accept, one-time notice, refuse) in the scoring rules' terms: target, decision, materials, fields.</summary>
internal static class PracticeAttempts
{
    /// <summary>What the trainee did, in the scoring rules' terms.</summary>
    public static RunAttempt Of(object message, Scenario scenario, int formErrors, TimeSpan elapsed) => message switch
    {
        SubmitApplication s => new RunAttempt(s.TargetCode, ExpectedDecision.Accept, s.Materials, Fields(s.Applicant, s.FormDataJson), formErrors, elapsed),
        IssueOneTimeNotice n => new RunAttempt(n.TargetCode, ExpectedDecision.OneTimeNotice, NoticeMaterials(n, scenario), Fields(n.Applicant, null), formErrors, elapsed),
        RefuseApplication r => new RunAttempt(r.TargetCode, ExpectedDecision.Refuse, new Dictionary<string, MaterialStatus>(), Fields(r.Applicant, null), formErrors, elapsed),
        _ => throw new InvalidOperationException("not a counter decision"),
    };

    // A notice lists what is missing; anything it does not list the clerk judged present (as the scenario expects it).
    private static Dictionary<string, MaterialStatus> NoticeMaterials(IssueOneTimeNotice notice, Scenario scenario)
    {
        var listed = notice.Lines.Where(l => l.Kind == NoticeLineKind.Material).Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        return scenario.ExpectedMaterials.ToDictionary(
            m => m.Key,
            m => listed.Contains(m.Key) ? MaterialStatus.Missing : m.Value == MaterialStatus.Missing ? MaterialStatus.Original : m.Value,
            StringComparer.Ordinal);
    }

    private static Dictionary<string, string> Fields(Applicant applicant, string? formJson)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["applicant.name"] = applicant.Name,
            ["applicant.idNumber"] = applicant.IdNumber,
            ["applicant.phone"] = applicant.Phone ?? string.Empty,
        };
        if (formJson is not null)
        {
            var data = FormData.FromJson(formJson);
            foreach (var key in data.Keys)
            {
                if (data.Get(key) is { } scalar)
                {
                    fields[key] = scalar;
                }
                else if (data.IsList(key))
                {
                    fields[key] = string.Join(",", data.GetList(key));
                }
            }
        }

        return fields;
    }
}
