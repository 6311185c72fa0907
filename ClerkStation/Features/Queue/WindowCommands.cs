using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Queue;

/// <summary>
/// The one path of a window's action on its ticket: load the ticket and its running visit, let the ticket act, save both
/// with the audit row, publish. A second tab acting on the same ticket at once loses with the ticket's status refusal.
/// </summary>
public sealed class WindowCommands(AggregateCommands commands)
{
    public Task RunAsync(Guid ticketId, Action<QueueTicket, Visit?, CommandContext> act, CancellationToken ct) =>
        RunAsync(ticketId, (ticket, visit, command) =>
        {
            act(ticket, visit, command);
            return Task.CompletedTask;
        }, ct);

    public async Task RunAsync(Guid ticketId, Func<QueueTicket, Visit?, CommandContext, Task> act, CancellationToken ct) =>
        await commands.RunAsync(async command =>
        {
            var ticket = await command.Db.QueueTickets.FirstOrDefaultAsync(t => t.Id == ticketId, ct)
                ?? throw DomainRuleException.NotFound(QueueRuleCodes.NotFound, "Ticket");
            var visit = ticket.CurrentVisitId is { } visitId ? await command.Db.Visits.FirstOrDefaultAsync(v => v.Id == visitId, ct) : null;
            await act(ticket, visit, command);
            return ticket.Id;
        }, ct, (_, _) => Task.FromResult<Exception>(new DomainRuleException(QueueRuleCodes.NotAllowedInStatus, "The ticket changed meanwhile.")));

    /// <summary>For the actions on a running visit (missed, hold, resume, transfer, finish).</summary>
    public Task RunOnVisitAsync(Guid ticketId, Action<QueueTicket, Visit, CommandContext> act, CancellationToken ct) =>
        RunOnVisitAsync(ticketId, (ticket, visit, command) =>
        {
            act(ticket, visit, command);
            return Task.CompletedTask;
        }, ct);

    public Task RunOnVisitAsync(Guid ticketId, Func<QueueTicket, Visit, CommandContext, Task> act, CancellationToken ct) =>
        RunAsync(ticketId, (ticket, visit, command) =>
            act(ticket, visit ?? throw new DomainRuleException(QueueRuleCodes.NotAllowedInStatus, $"{ticket.Number} has no running visit."), command), ct);
}
