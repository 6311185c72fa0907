using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.BackOffice;

public partial class DeadlineChip
{
    [Parameter]
    public DeadlineLight Light { get; set; }

    [Parameter]
    public int? Remaining { get; set; }

    private Color Colour => Light switch
    {
        DeadlineLight.Green => Color.Success,
        DeadlineLight.Yellow => Color.Warning,
        DeadlineLight.Red or DeadlineLight.Severe => Color.Error,
        _ => Color.Default,
    };

    private string Text => Light switch
    {
        DeadlineLight.Severe => L["Deadline.Severe"],
        DeadlineLight.Red => L["Deadline.Overdue", -(Remaining ?? 0)],
        DeadlineLight.Green or DeadlineLight.Yellow => L["Deadline.Remaining", Remaining ?? 0],
        _ => L["Deadline.None"],
    };
}
