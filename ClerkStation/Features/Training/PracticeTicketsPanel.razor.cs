using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Training;

public partial class PracticeTicketsPanel
{
    private readonly List<PracticeTicket> _tickets = [];
    private string? _message;
    private bool _busy;

    [Inject] private Mediator.IMediator Mediator { get; set; } = default!;

    private async Task IssueAsync()
    {
        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => _tickets.InsertRange(0, await Mediator.Send(new IssuePracticeTickets(5))));
        _busy = false;
    }
}
