using ClerkStation.Domain.Training;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Training;

public partial class RunResultPage
{
    private RunResult? _result;
    private bool _loaded;

    [Parameter]
    public Guid RunId { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            _result = await Mediator.Send(new GetRunResult(RunId));
            _loaded = true;
        }
    }

    private static string ScoreClass(int? percent) => percent switch
    {
        >= 85 => "cs-score-good",
        >= 60 => "cs-score-fair",
        _ => "cs-score-poor",
    };

    private string AspectName(FeedbackLine line) => line.Aspect switch
    {
        ScoreAspect.Materials => L["Training.Aspect.Materials", MaterialName(line.Subject)],
        ScoreAspect.Fields => L["Training.Aspect.Fields", FieldName(line.Subject)],
        _ => L["Training.Aspect." + line.Aspect],
    };

    private string Value(FeedbackLine line, string value) => line.Aspect switch
    {
        ScoreAspect.Item => $"{Store.FindTarget(value)?.Name.Current ?? value}（{value}）",
        ScoreAspect.Decision => L["Training.Decision." + value],
        ScoreAspect.Materials => L["MaterialStatus." + value],
        ScoreAspect.Time => L["Training.Minutes", value],
        _ => string.IsNullOrEmpty(value) ? "—" : value,
    };

    private string MaterialName(string? code) =>
        Store.FindTarget(_result?.Scenario?.ExpectedTarget ?? string.Empty)?.Materials.FirstOrDefault(m => m.Code == code)?.Name.Current ?? code ?? string.Empty;

    private string FieldName(string? key) => key switch
    {
        "applicant.name" => L["Intake.Name"],
        "applicant.idNumber" => L["Intake.IdNumber"],
        "applicant.phone" => L["Intake.Phone"],
        _ => Store.FindTarget(_result?.Scenario?.ExpectedTarget ?? string.Empty)?.Form.Find(key ?? string.Empty)?.Label.Current ?? key ?? string.Empty,
    };
}
