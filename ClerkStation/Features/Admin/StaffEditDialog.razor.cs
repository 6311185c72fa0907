using ClerkStation.Features.Forms;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Admin;

public partial class StaffEditDialog
{
    private string _userName = string.Empty;
    private string _displayName = string.Empty;
    private string _password = string.Empty;
    private HashSet<StaffRole> _roles = [];
    private IReadOnlyCollection<string> _departments = [];
    private string _villages = string.Empty;
    private string _phone = string.Empty;
    private IReadOnlyList<ValidationProblem> _problems = [];
    private bool _busy;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter]
    public StaffRow? Row { get; set; }

    protected override void OnInitialized()
    {
        if (Row is not null)
        {
            _userName = Row.UserName;
            _displayName = Row.DisplayName;
            _roles = [.. Row.Roles];
            _departments = Row.Departments;
            _villages = Row.Villages;
            _phone = Row.Phone ?? string.Empty;
        }
    }

    private void Toggle(StaffRole role, bool on)
    {
        if (on)
        {
            _roles.Add(role);
        }
        else
        {
            _roles.Remove(role);
        }
    }

    private bool Has(string path) => _problems.Any(p => p.Path == path);

    private string? Error(string path) => _problems.FirstOrDefault(p => p.Path == path) is { } p
        ? p.Args?.TryGetValue("message", out var message) == true ? message : FieldErrorText.Format(L, new(p.Path, p.Code))
        : null;

    private async Task SaveAsync()
    {
        _busy = true;
        try
        {
            await Mediator.Send(new SaveStaff(Row?.Id, _userName, _displayName, Row is null ? _password : null, [.. _roles], [.. _departments], _villages, _phone));
            Dialog.Close(DialogResult.Ok(true));
        }
        catch (RequestValidationException ex)
        {
            _problems = ex.Problems;
        }
        finally
        {
            _busy = false;
        }
    }
}
