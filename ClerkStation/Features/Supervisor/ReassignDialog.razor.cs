using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Supervisor;

public partial class ReassignDialog
{
    public enum ReassignKind { Reviewer, Department, Clerk }

    private ReassignKind _kind;
    private string? _reviewerId;
    private string? _department;
    private string? _clerkId;
    private string _reason = string.Empty;
    private bool _showError;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter] public Guid CaseId { get; set; }
    [Parameter] public string Number { get; set; } = string.Empty;
    [Parameter] public string DepartmentCode { get; set; } = string.Empty;
    [Parameter] public string? ClaimedById { get; set; }
    [Parameter] public string AssignedClerkId { get; set; } = string.Empty;
    [Parameter] public StaffDirectory Directory { get; set; } = new([], []);
    [Parameter] public ReassignKind InitialKind { get; set; }

    protected override void OnInitialized() => _kind = InitialKind;

    private void Confirm()
    {
        var target = _kind switch { ReassignKind.Reviewer => _reviewerId, ReassignKind.Department => _department, _ => _clerkId };
        _showError = string.IsNullOrWhiteSpace(_reason) || string.IsNullOrWhiteSpace(target);
        if (_showError)
        {
            return;
        }
        object command = _kind switch
        {
            ReassignKind.Reviewer => new ReassignCase(CaseId, _reviewerId, null, _reason.Trim()),
            ReassignKind.Department => new ReassignCase(CaseId, null, _department, _reason.Trim()),
            _ => new ReassignCaseClerk(CaseId, _clerkId!, _reason.Trim()),
        };
        Dialog.Close(DialogResult.Ok(command));
    }
}
