using ClerkStation.Domain.Cases;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.BackOffice;

public partial class CaseTimeline
{
    [Parameter, EditorRequired] public IReadOnlyList<CaseEvent> Events { get; set; } = [];

    /// <summary>Staff see who did it; the public timeline does not.</summary>
    [Parameter] public bool ShowActor { get; set; } = true;

    [Parameter] public bool ShowReasons { get; set; } = true;

    // The domain records details as data; they are put into words here, in the reader's language.
    private string? DetailText(CaseEvent e) => e switch
    {
        { Type: CaseEventType.Accepted, Detail: { } code } => L["Event.RoutedTo", Store.Catalog.FindDepartment(code)?.Name.Current ?? code],
        { Type: CaseEventType.SupplementReceived or CaseEventType.Resumed, Detail: { } days } => L["Event.PausedDays", days],
        { Type: CaseEventType.Delivered, Detail: { } method } => L["Delivery." + method],
        { Detail: { } detail } when ShowReasons && detail != e.Reason => detail,
        _ => null,
    };
}
