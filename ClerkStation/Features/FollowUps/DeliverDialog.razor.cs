using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;
using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.FollowUps;

public partial class DeliverDialog
{
    private DeliveryMethod _method = DeliveryMethod.Window;
    private string _name = string.Empty;
    private string _idNumber = string.Empty;
    private string _tracking = string.Empty;
    private bool _tried;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter] public Guid CaseId { get; set; }

    /// <summary>The case's number, for the applicant's prefill (a lookup the clerk could type).</summary>
    [Parameter] public string Number { get; set; } = string.Empty;

    // The collector is usually the applicant: start from the applicant's name and ID; the clerk edits if someone else came.
    protected override async Task OnInitializedAsync()
    {
        if (await Mediator.Send(new GetCollectorPrefill(Number)) is { } applicant)
        {
            _name = applicant.Name;
            _idNumber = applicant.IdNumber;
        }
    }

    private string? IdError => ResidentIdNumber.Validate(_idNumber, Clock.Today).ErrorCode is { } code
        ? FieldErrorText.Format(L, new FieldError("collectorId", code)) : null;

    private void Confirm()
    {
        _tried = true;
        var ok = _method switch
        {
            DeliveryMethod.Window => !string.IsNullOrWhiteSpace(_name) && IdError is null,
            DeliveryMethod.Post => !string.IsNullOrWhiteSpace(_tracking),
            _ => true,
        };
        if (ok)
        {
            Dialog.Close(DialogResult.Ok(new DeliverCase(CaseId, _method, _name.Trim(), _idNumber.Trim(), _tracking.Trim())));
        }
    }
}
