using ClerkStation.Domain.Complaints;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Complaints;

public partial class ComplaintsPanel
{
    private IReadOnlyList<Complaint>? _rows;
    private ClerkStation.Domain.Staff.Actor? _actor;
    private IDisposable? _subscription;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }
        _subscription = Live.Subscribe(topic => topic == LiveUpdates.FloorTopic, _ => InvokeAsync(async () => { await LoadAsync(); StateHasChanged(); }));
        await LoadAsync();
    }

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

    private async Task SendAsync(Func<Task> action)
    {
        if (await UserMessages.TryAsync(L, action) is { } message)
        {
            Snackbar.Add(message, Severity.Error);
            return;
        }

        await LoadAsync();
    }

    public void Dispose() => _subscription?.Dispose();
}
