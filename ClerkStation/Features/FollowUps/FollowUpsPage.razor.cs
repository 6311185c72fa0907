using System.Security.Claims;
using ClerkStation.Domain.Cases;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ClerkStation.Features.FollowUps;

/// <summary>
/// The clerk's follow-ups: results ready for delivery and supplements the back office asked for, live on the clerk's topic.
/// Bundles show as one line with each part's status.
/// </summary>
public partial class FollowUpsPage
{
    private IReadOnlyList<FollowUpLine>? _lines;
    private string? _message;
    private string? _delivered;
    private bool _busy;
    private string _search = string.Empty;
    private CaseStatus? _status;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }

        var userId = (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var topic = LiveUpdates.ClerkTopic(userId);
        await FollowAsync(t => t == topic, LoadAsync);
    }

    private async Task LoadAsync() => _lines = await Mediator.Send(new GetFollowUps(_search, _status));

    private string StatusText(CaseStatus? status) => status is null ? L["Counter.StatusAll"] : L["CaseStatus." + status];

    private bool Filtered => !string.IsNullOrWhiteSpace(_search) || _status is not null;

    private async Task SearchAsync(string value)
    {
        _search = value;
        await LoadAsync();
    }

    private async Task StatusAsync(CaseStatus? value)
    {
        _status = value;
        await LoadAsync();
    }

    private async Task RecordAsync(FollowUpPart part)
    {
        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new RecordCaseSupplement(part.Id)));
        _busy = false;
        if (_message is null)
        {
            Snackbar.Add(L["Counter.SupplementRecorded", part.Number], Severity.Success);
        }

        await LoadAsync();
    }

    private async Task DeliverAsync(FollowUpPart part)
    {
        var dialog = await Dialogs.ShowAsync<DeliverDialog>(L["Counter.DeliverTitle", part.Number],
            new DialogParameters<DeliverDialog> { { d => d.CaseId, part.Id }, { d => d.Number, part.Number } },
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is not { Canceled: false, Data: DeliverCase command })
        {
            return;
        }

        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(command));
        _busy = false;
        _delivered = _message is null ? part.Number : null;
        await LoadAsync();
    }
}
