using ClerkStation.Domain.Intake;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Printing;

public partial class DecisionReceiptPage
{
    private IntakeDecision? _decision;

    [Parameter]
    public string Number { get; set; } = string.Empty;

    private string Title => _decision?.Kind == IntakeDecisionKind.Refusal ? L["Print.RefusalTitle"] : L["Print.NoticeTitle"];

    protected override async Task OnInitializedAsync() => _decision = await Mediator.Send(new GetDecisionReceipt(Number));
}
