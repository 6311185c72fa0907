using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ClerkStation.Features.BackOffice;

public partial class CaseActionBar
{
    // The review page's buttons, in the order they appear.
    private static readonly (CaseAction Action, string Label, Variant Variant, Color Color)[] Buttons =
    [
        (CaseAction.Claim, "BackOffice.Claim", Variant.Filled, Color.Primary),
        (CaseAction.Approve, "Review.Approve", Variant.Filled, Color.Success),
        (CaseAction.Deny, "Review.Deny", Variant.Filled, Color.Error),
        (CaseAction.RequestSupplement, "Review.RequestSupplement", Variant.Outlined, Color.Warning),
        (CaseAction.Suspend, "Review.Suspend", Variant.Outlined, Color.Default),
        (CaseAction.Release, "BackOffice.Release", Variant.Text, Color.Default),
        (CaseAction.ReturnMisrouted, "Review.Return", Variant.Text, Color.Default),
        (CaseAction.Resume, "Review.Resume", Variant.Filled, Color.Primary),
    ];

    [Parameter, EditorRequired] public Case Case { get; set; } = default!;
    [Parameter, EditorRequired] public IReadOnlySet<CaseAction> Allowed { get; set; } = default!;
    [Parameter] public string? UserId { get; set; }
    [Parameter] public bool Busy { get; set; }
    [Parameter] public EventCallback<CaseAction> OnAction { get; set; }

    private bool Mine => Case.ClaimedById is not null && Case.ClaimedById == UserId;

    private Task Act(CaseAction action) => OnAction.InvokeAsync(action);
}
