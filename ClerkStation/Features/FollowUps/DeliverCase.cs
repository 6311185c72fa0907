using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms.Checks;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.FollowUps;

/// <summary>出件: hands the result over at the window (collector's name and ID checked), by post or electronically.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record DeliverCase(Guid CaseId, DeliveryMethod Method, string? CollectorName, string? CollectorIdNumber, string? TrackingNumber)
    : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

/// <summary>At the window the collector's resident ID must be a real one (check digit, birth date, region).</summary>
public sealed class DeliverCaseValidator(CenterClock clock) : IRequestValidator<DeliverCase>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(DeliverCase message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (message.Method == DeliveryMethod.Window)
        {
            if (string.IsNullOrWhiteSpace(message.CollectorName))
            {
                problems.Add(new ValidationProblem("collectorName", "required"));
            }

            if (ResidentIdNumber.Validate(message.CollectorIdNumber, clock.Today).ErrorCode is { } code)
            {
                problems.Add(new ValidationProblem("collectorIdNumber", code));
            }
        }
        else if (message.Method == DeliveryMethod.Post && string.IsNullOrWhiteSpace(message.TrackingNumber))
        {
            problems.Add(new ValidationProblem("trackingNumber", "required"));
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class DeliverCaseHandler(CaseCommands cases) : ICommandHandler<DeliverCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(DeliverCase command, CancellationToken cancellationToken)
    {
        var idNumber = command.Method == DeliveryMethod.Window ? command.CollectorIdNumber?.Trim().ToUpperInvariant() : null;
        return await cases.RunAsync(command.CaseId,
            (c, cmd) => c.Deliver(cmd.Actor, cmd.Now, command.Method, command.CollectorName, idNumber, command.TrackingNumber), cancellationToken);
    }
}
