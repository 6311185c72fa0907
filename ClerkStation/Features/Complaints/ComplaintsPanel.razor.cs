using ClerkStation.Domain.Complaints;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Complaints;

public partial class ComplaintsPanel
{
    private IReadOnlyList<Complaint>? _rows;
    private ClerkStation.Domain.Staff.Actor? _actor;

    protected override Task OnInitializedAsync() => FollowAsync(topic => topic == LiveUpdates.FloorTopic, LoadAsync);

    private async Task LoadAsync()
    {
        _actor ??= await CurrentUser.FindAsync();
        _rows = await Mediator.Send(new GetComplaints());
    }

    private string Hours(Complaint c) => L["Complaint.Hours", Math.Round(c.Elapsed(Clock.Now).TotalHours, 1)];

    private Task<string?> AskAsync(string title, string label) =>
        TextPromptDialog.AskAsync(Dialogs, title, label, L["Common.Save"], lines: 2);

    private async Task Assign(Complaint c)
    {
        if (await AskAsync(L["Complaint.Assign"], L["Complaint.AssignedTo"]) is { } name)
        {
            await SendAsync(() => Mediator.Send(new AssignComplaint(c.Id, name)).AsTask());
        }
    }

    private async Task Resolve(Complaint c)
    {
        if (await AskAsync(L["Complaint.Resolve"], L["Complaint.Resolution"]) is { } text)
        {
            await SendAsync(() => Mediator.Send(new ResolveComplaint(c.Id, text)).AsTask());
        }
    }

    private Task Close(Complaint c) => SendAsync(() => Mediator.Send(new CloseComplaint(c.Id)).AsTask());

    private Task SendAsync(Func<Task> action) => UserMessages.SendAsync(L, Snackbar, action, LoadAsync);
}
