using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.OnlineApplications;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Intake;

/// <summary>
/// 网上申请 at the counter: /intake?pre={id} fills the page with what the applicant sent online; the clerk checks the
/// originals and decides as for a walk-in, and the decision records the pre-application's outcome.
/// </summary>
public partial class IntakePage
{
    private PreApplicationIntake? _preApplication;

    /// <summary>Text, not Guid: Blazor throws on a query value it cannot convert, and a bad link must be "not found", not a 500.</summary>
    [SupplyParameterFromQuery(Name = "pre")] public string? Pre { get; set; }

    private Guid? PreApplicationId => _preApplication?.Id;

    /// <summary>How a village agent took the request: in the village, or by phone with the agreed time and place.</summary>
    private string TakingText(Domain.PreApplications.AgentTaking taking) =>
        L["Agent.TakenBy." + taking.How]
        + (taking is { How: Domain.PreApplications.TakenBy.Phone, AppointmentAt: { } at }
            ? "，" + L["Online.AppointmentAt", at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), taking.AppointmentPlace ?? string.Empty]
            : string.Empty);

    private async Task<PreApplicationIntake?> FindWaitingPreApplicationAsync(Guid id)
    {
        try
        {
            return await Mediator.Send(new OpenPreApplication(id));
        }
        catch (AccessDeniedException)
        {
            return null; // a trainee's practice: no pre-applications there
        }
    }

    private async Task OpenPreApplicationAsync(Guid id)
    {
        var pre = await FindWaitingPreApplicationAsync(id);

        if (pre is null || Store.FindTarget(pre.TargetCode) is not { } target)
        {
            Snackbar.Add(L["Online.NotPending"], Severity.Warning);
            return;
        }

        _preApplication = pre;
        _target = target;
        _applicant = ApplicantInput.From(pre.Applicant);
        _data = FormData.FromJson(pre.FormDataJson);
        _materials = new Dictionary<string, MaterialStatus>(pre.Materials);
        _licenceIds = [];
        // The pre-application's id is the decision's key: deciding it twice, from any tab, records one outcome.
        _submissionKey = pre.Id;
        _drafts = [.. _drafts.Where(d => d.SubmissionKey != pre.Id)];
        FocusForm();
    }
}
