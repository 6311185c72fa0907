using ClerkStation.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.OnlineApplications;

/// <summary>网上申请: pre-applications from the API waiting for the counter; opening one fills the intake page.</summary>
public partial class OnlineApplicationsPage
{
    private IReadOnlyList<PendingPreApplication>? _rows;
    private string _search = string.Empty;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private CenterClock Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync() => _rows = await Mediator.Send(new GetPendingPreApplications(_search));

    private async Task SearchAsync(string value)
    {
        _search = value ?? string.Empty;
        await LoadAsync();
    }

    /// <summary>How long it has waited: minutes, hours or days.</summary>
    private string Age(DateTimeOffset submittedAt)
    {
        var waited = Clock.Now - submittedAt;
        return waited.TotalHours < 1 ? L["Online.AgeMinutes", Math.Max(0, (int)waited.TotalMinutes)]
            : waited.TotalDays < 1 ? L["Online.AgeHours", (int)waited.TotalHours]
            : L["Online.AgeDays", (int)waited.TotalDays];
    }
}
