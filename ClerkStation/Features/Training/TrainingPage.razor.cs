using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Training;

public partial class TrainingPage
{
    private MyTraining? _data;
    private IReadOnlyList<PracticeCaseRow> _cases = [];
    private string? _selfStudy;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _data = await Mediator.Send(new GetMyTraining());
        _cases = _data.InPractice ? await Mediator.Send(new GetMyPracticeCases()) : [];
    }

    private string Department(string code) => Store.Catalog.FindDepartment(code)?.Name.Current ?? code;

    private async Task StartAsync(string code, Guid? assignmentId)
    {
        await Mediator.Send(new StartScenarioRun(code, assignmentId));
        Events.Started();
        await LoadAsync();
    }

    private async Task EnterAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Practice.EnterTitle"], L["Practice.EnterConfirm"], yesText: L["Practice.Enter"], cancelText: L["Common.Cancel"]);
        if (confirmed == true)
        {
            await Mediator.Send(new SwitchWorkspace(true));
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
        }
    }

    // The counter's own commands, here against the practice workspace; the simulated reviewer approves after the supplement.
    private async Task SupplementAsync(PracticeCaseRow c)
    {
        await Mediator.Send(new ClerkStation.Features.FollowUps.RecordCaseSupplement(c.Id));
        Snackbar.Add(L["Training.SupplementRecorded"], Severity.Success);
        await LoadAsync();
    }

    private async Task DeliverAsync(PracticeCaseRow c)
    {
        await Mediator.Send(new ClerkStation.Features.FollowUps.DeliverCase(c.Id, ClerkStation.Domain.Cases.DeliveryMethod.Window, c.ApplicantName, c.ApplicantIdNumber, null));
        Snackbar.Add(L["Training.Delivered"], Severity.Success);
        await LoadAsync();
    }
}
