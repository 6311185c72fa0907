using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Complaints;

public partial class ComplaintForm
{
    private string _name = string.Empty;
    private string? _phone;
    private string? _department;
    private string _description = string.Empty;
    private bool _tried;

    [Parameter] public EventCallback OnRecorded { get; set; }

    private async Task SaveAsync()
    {
        _tried = true;
        if (string.IsNullOrWhiteSpace(_name) || string.IsNullOrWhiteSpace(_description))
        {
            return;
        }
        try
        {
            await Mediator.Send(new RecordComplaint(_name, _phone, null, _department, _description));
            Snackbar.Add(L["Complaint.Recorded"], Severity.Success);
            (_name, _phone, _department, _description, _tried) = (string.Empty, null, null, string.Empty, false);
            await OnRecorded.InvokeAsync();
        }
        catch (Exception ex) when (UserMessages.Describe(L, ex) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
        }
    }
}
