using ClerkStation.Domain.Training;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.Training;

public partial class ScenarioEditorPage
{
    private IReadOnlyList<Scenario>? _scenarios;
    private string _json = string.Empty;
    private IReadOnlyList<string> _errors = [];

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            _scenarios = (await Mediator.Send(new GetTrainerOverview())).Scenarios;
        }
    }

    private async Task EditAsync(string code)
    {
        _json = await Mediator.Send(new GetScenarioSource(code)) ?? string.Empty;
        _errors = [];
    }

    private void NewScenario()
    {
        _errors = [];
        _json = """
            {
              "code": "NEW-001",
              "title": { "zh": "", "en": "" },
              "persona": { "kind": "person", "name": "", "idNumber": "", "phone": "", "says": { "zh": "", "en": "" },
                           "documents": [ { "material": "id-card", "description": { "zh": "身份证原件", "en": "ID card, original" } } ] },
              "expected": { "target": "RS-009", "decision": "accept", "materials": { "id-card": "original" }, "fields": { } },
              "targetMinutes": 5
            }
            """;
    }

    private async Task SaveAsync()
    {
        var result = await Mediator.Send(new SaveScenario(_json));
        _errors = result.Errors;
        if (result.Saved)
        {
            Snackbar.Add(L["Training.ScenarioSaved"], Severity.Success);
            _scenarios = (await Mediator.Send(new GetTrainerOverview())).Scenarios;
        }
    }
}
