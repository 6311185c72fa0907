using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Queue;

/// <summary>转窗: the ticket goes back to the hall for another window or category, with a note for the next clerk.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record Transfer(Guid TicketId, int? ToWindow, string? ToCategory, string? Note) : WindowAction(TicketId);

public sealed class TransferValidator(QueueSettings settings) : IRequestValidator<Transfer>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(Transfer message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (message.ToWindow is null && string.IsNullOrWhiteSpace(message.ToCategory))
        {
            problems.Add(new ValidationProblem("target", QueueRuleCodes.TransferTargetRequired));
        }
        if (message.ToWindow is { } w && settings.Windows.All(x => x.Number != w))
        {
            problems.Add(new ValidationProblem("toWindow", QueueRuleCodes.UnknownWindow));
        }
        if (!string.IsNullOrWhiteSpace(message.ToCategory) && settings.Categories.All(c => c.Letter != message.ToCategory))
        {
            problems.Add(new ValidationProblem("toCategory", QueueRuleCodes.UnknownCategory));
        }
        if (message.Note is { Length: > 500 })
        {
            problems.Add(new ValidationProblem("note", QueueRuleCodes.NoteTooLong));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class TransferHandler(WindowCommands window, QueueSettings settings) : ICommandHandler<Transfer>
{
    public async ValueTask<Unit> Handle(Transfer command, CancellationToken cancellationToken)
    {
        var category = string.IsNullOrWhiteSpace(command.ToCategory) ? null : settings.Category(command.ToCategory);
        await window.RunOnVisitAsync(command.TicketId, (ticket, visit, cmd) =>
            ticket.Transfer(cmd.Actor, cmd.Now, visit, command.ToWindow, category, command.Note), cancellationToken);
        return Unit.Value;
    }
}
