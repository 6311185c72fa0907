using ClerkStation.Domain.Queue;
using ClerkStation.Features.Queue;

namespace ClerkStation.Features.Devices;

/// <summary>取号 at the kiosk: nobody signs in; the request carries the kiosk's device link, checked before anything is issued.</summary>
[AllowAnonymousRequest]
public sealed record IssueKioskTicket(string? DeviceLink, string Category, PriorityReason Priority) : ICommand<TicketPosition>;

public sealed class IssueKioskTicketValidator(QueueSettings settings) : IRequestValidator<IssueKioskTicket>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(IssueKioskTicket message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TicketRequestRules.Check(settings, message.Category, message.Priority));
}

public sealed class IssueKioskTicketHandler(DeviceAccess devices, TicketDesk desk) : ICommandHandler<IssueKioskTicket, TicketPosition>
{
    public async ValueTask<TicketPosition> Handle(IssueKioskTicket command, CancellationToken cancellationToken)
    {
        await devices.RequireAsync(command.DeviceLink, DeviceKind.Kiosk, nameof(IssueKioskTicket), cancellationToken);
        return await desk.IssueAsync(command.Category, command.Priority, cancellationToken);
    }
}
