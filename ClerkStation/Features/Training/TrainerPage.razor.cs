using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Training;

public partial class TrainerPage
{
    private TrainerOverview? _overview;
    private readonly Dictionary<string, List<string>> _selected = [];

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            _overview = await Mediator.Send(new GetTrainerOverview());
        }
    }

    private IReadOnlyCollection<string> Selected(string traineeId) => _selected.GetValueOrDefault(traineeId) ?? [];

    private static string Average(TraineeProgress t)
    {
        var scored = t.Runs.Where(r => r.Percent is not null).ToList();
        return scored.Count == 0 ? "—" : Math.Round(scored.Average(r => r.Percent!.Value)).ToString(System.Globalization.CultureInfo.CurrentCulture);
    }

    private string DepartmentName(string code) => Store.Catalog.FindDepartment(code)?.Name.Current ?? code;

    private string ItemName(string code) => $"{Store.FindTarget(code)?.Name.Current ?? code}（{code}）";

    private async Task AssignAsync(TraineeProgress t)
    {
        var codes = Selected(t.TraineeId).ToList();
        if (codes.Count == 0)
        {
            return;
        }

        var added = await Mediator.Send(new AssignScenarios(t.TraineeId, codes));
        Snackbar.Add(L["Training.Assigned", added, t.TraineeName], Severity.Success);
        _selected.Remove(t.TraineeId);
        _overview = await Mediator.Send(new GetTrainerOverview());
    }

    private async Task ResetAsync(TraineeProgress t)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Training.Reset"], L["Training.ResetConfirm", t.TraineeName], yesText: L["Training.Reset"], cancelText: L["Common.Cancel"]);
        if (confirmed == true)
        {
            var summary = await Mediator.Send(new ResetPracticeData(t.TraineeId));
            Snackbar.Add(L["Training.ResetDone", summary.Cases, summary.Decisions, summary.Drafts], Severity.Success);
            _overview = await Mediator.Send(new GetTrainerOverview());
        }
    }
}
