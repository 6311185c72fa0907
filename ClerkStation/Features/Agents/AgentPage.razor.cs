using ClerkStation.Features.Api;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Agents;

public partial class AgentPage
{
    private const int NoticesTab = 2;

    private AgentProfile? _profile;
    private IReadOnlyList<AgentRequestRow>? _requests;
    private AgentNoticeList? _notices;
    private int _tab;
    private PreApplicationReceipt? _lastReceipt;
    private Guid _formKey = Guid.NewGuid();

    [Inject] private IMediator Mediator { get; set; } = default!;

    private string TabTitle(int index) => index switch
    {
        0 => L["Agent.Requests"],
        1 => L["Agent.New"],
        _ => _notices is { Unread: > 0 } n ? L["Agent.NoticesUnread", n.Unread] : L["Agent.Notices"],
    };

    private async Task SelectAsync(int index)
    {
        _tab = index;
        if (index == NoticesTab && _notices is { Unread: > 0 })
        {
            await MarkReadAsync();
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _profile = await Mediator.Send(new GetAgentProfile());
        await ReloadAsync();
    }

    private async Task ReloadAsync()
    {
        _requests = await Mediator.Send(new GetAgentRequests());
        _notices = await Mediator.Send(new GetAgentNotices());
    }

    private async Task SubmittedAsync(PreApplicationReceipt receipt)
    {
        _lastReceipt = receipt;
        await ReloadAsync();
        _formKey = Guid.NewGuid();
        _tab = 0;
    }

    /// <summary>Opening the notices reads them: the count goes, the rows keep their "new" mark until the next visit.</summary>
    private async Task MarkReadAsync()
    {
        await Mediator.Send(new MarkAgentNoticesRead());
        _notices = _notices! with { Unread = 0 };
    }
}
