using ClerkStation.Domain.Queue;

namespace ClerkStation.Features.Queue;

/// <summary>取号 at the counter or the information desk (an applicant without the kiosk, a phone booking).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Supervisor)]
public sealed record IssueTicket(string Category, PriorityReason Priority) : ICommand<TicketPosition>, IAuditTarget
{
    public string? AuditTarget => Category;
}

public sealed class IssueTicketValidator(QueueSettings settings) : IRequestValidator<IssueTicket>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(IssueTicket message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TicketRequestRules.Check(settings, message.Category, message.Priority));
}

public sealed class IssueTicketHandler(TicketDesk desk) : ICommandHandler<IssueTicket, TicketPosition>
{
    public async ValueTask<TicketPosition> Handle(IssueTicket command, CancellationToken cancellationToken) =>
        await desk.IssueAsync(command.Category, command.Priority, cancellationToken);
}

/// <summary>What a ticket request must name: a category of the center and a known priority reason.</summary>
public static class TicketRequestRules
{
    public static IReadOnlyList<ValidationProblem> Check(QueueSettings settings, string? category, PriorityReason priority)
    {
        var problems = new List<ValidationProblem>();
        if (settings.Categories.All(c => c.Letter != category))
        {
            problems.Add(new ValidationProblem("category", QueueRuleCodes.UnknownCategory));
        }
        if (!Enum.IsDefined(priority))
        {
            problems.Add(new ValidationProblem("priority", QueueRuleCodes.UnknownCategory));
        }
        return problems;
    }
}
