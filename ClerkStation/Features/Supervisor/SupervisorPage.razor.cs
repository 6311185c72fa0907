using ClerkStation.Domain.Cases;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ClerkStation.Features.Supervisor;

public partial class SupervisorPage
{
    private FloorSnapshot? _floor;
    private StaffDirectory _directory = new([], []);
    private string _findNumber = string.Empty;
    private RiskRow? _found;
    private bool _notFound;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }
        _directory = await Mediator.Send(new GetStaffDirectory());
        await FollowAsync(topic => topic == LiveUpdates.FloorTopic, LoadAsync);
    }

    private async Task LoadAsync()
    {
        _floor = await Mediator.Send(new GetFloor());
        if (_found is not null)
        {
            _found = await Mediator.Send(new FindCase(_found.Number));
        }
    }

    private string DepartmentName(string code) => Store.Catalog.FindDepartment(code)?.Name.Current ?? code;

    private async Task FindOnEnter(KeyboardEventArgs e)
    {
        if (e.Key == "Enter")
        {
            await FindAsync();
        }
    }

    private async Task FindAsync()
    {
        _found = await Mediator.Send(new FindCase(_findNumber));
        _notFound = _found is null;
    }

    private async Task OpenReassign(RiskRow row)
    {
        var parameters = new DialogParameters<ReassignDialog>
        {
            { d => d.CaseId, row.Id },
            { d => d.Number, row.Number },
            { d => d.DepartmentCode, row.DepartmentCode },
            { d => d.ClaimedById, row.ClaimedById },
            { d => d.AssignedClerkId, row.AssignedClerkId },
            { d => d.Directory, _directory },
            { d => d.InitialKind, row.Status == CaseStatus.ReadyForDelivery ? ReassignDialog.ReassignKind.Clerk : ReassignDialog.ReassignKind.Reviewer },
        };
        var dialog = await Dialogs.ShowAsync<ReassignDialog>(L["Sup.Reassign.Title", row.Number], parameters);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: { } command })
        {
            await SendAsync(async () =>
            {
                if (command is ReassignCase reassign) { await Mediator.Send(reassign); }
                else if (command is ReassignCaseClerk clerk) { await Mediator.Send(clerk); }
                Snackbar.Add(L["Sup.Reassigned", row.Number], Severity.Success);
            });
        }
    }

    private async Task OpenBulk(Workload person, bool isReviewer)
    {
        var parameters = new DialogParameters<BulkReassignDialog>
        {
            { d => d.PersonId, person.PersonId },
            { d => d.PersonName, person.Name },
            { d => d.IsReviewer, isReviewer },
            { d => d.Directory, _directory },
        };
        var dialog = await Dialogs.ShowAsync<BulkReassignDialog>(L["Sup.Bulk.Title", person.Name], parameters);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: ReassignAllHeldBy command })
        {
            await SendAsync(async () =>
            {
                var moved = await Mediator.Send(command);
                Snackbar.Add(L["Sup.Bulk.Done", moved, person.Name], Severity.Success);
            });
        }
    }

    private Task SendAsync(Func<Task> action) => UserMessages.SendAsync(L, Snackbar, action, LoadAsync);
}
