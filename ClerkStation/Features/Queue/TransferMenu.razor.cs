using ClerkStation.Domain.Queue;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Queue;

public partial class TransferMenu
{
    private string? _note;

    [Parameter, EditorRequired] public Guid TicketId { get; set; }

    /// <summary>The window transferring: not offered as a target.</summary>
    [Parameter] public int Window { get; set; }

    [Parameter] public EventCallback<WindowAction> OnTransfer { get; set; }

    [Inject] private QueueSettings Settings { get; set; } = default!;

    private Task ToWindowAsync(int window) => OnTransfer.InvokeAsync(new Transfer(TicketId, window, null, _note));

    private Task ToCategoryAsync(string letter) => OnTransfer.InvokeAsync(new Transfer(TicketId, null, letter, _note));
}
