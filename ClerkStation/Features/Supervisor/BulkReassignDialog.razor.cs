using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Supervisor;

public partial class BulkReassignDialog
{
    private string? _to;
    private string _reason = string.Empty;
    private bool _showError;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter] public string PersonId { get; set; } = string.Empty;
    [Parameter] public string PersonName { get; set; } = string.Empty;
    [Parameter] public bool IsReviewer { get; set; }
    [Parameter] public StaffDirectory Directory { get; set; } = new([], []);

    private IEnumerable<StaffEntry> Candidates
    {
        get
        {
            if (!IsReviewer)
            {
                return Directory.Clerks.Where(c => c.Id != PersonId);
            }
            var mine = Directory.Reviewers.FirstOrDefault(r => r.Id == PersonId)?.Departments ?? [];
            return Directory.Reviewers.Where(r => r.Id != PersonId && r.Departments.Intersect(mine).Any());
        }
    }

    private void Confirm()
    {
        _showError = string.IsNullOrWhiteSpace(_reason) || (!IsReviewer && string.IsNullOrWhiteSpace(_to));
        if (!_showError)
        {
            Dialog.Close(DialogResult.Ok(new ReassignAllHeldBy(PersonId, _to, _reason.Trim())));
        }
    }
}
