using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Realtime;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Supervisor;

/// <summary>Hands the counter follow-up (and the delivery) of a case to another clerk, with a reason.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record ReassignCaseClerk(Guid CaseId, string ToClerkId, string Reason) : ICommand, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ReassignCaseClerkValidator : IRequestValidator<ReassignCaseClerk>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(ReassignCaseClerk message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>();
        if (string.IsNullOrWhiteSpace(message.Reason))
        {
            problems.Add(new ValidationProblem("reason", CaseRuleCodes.ReasonRequired));
        }
        if (string.IsNullOrWhiteSpace(message.ToClerkId))
        {
            problems.Add(new ValidationProblem("target", CaseRuleCodes.TargetRequired));
        }
        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class ReassignCaseClerkHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, ICurrentUser currentUser, LiveUpdates live)
    : ICommandHandler<ReassignCaseClerk>
{
    public async ValueTask<Unit> Handle(ReassignCaseClerk command, CancellationToken cancellationToken)
    {
        var supervisor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.SingleOrDefaultAsync(c => c.Id == command.CaseId, cancellationToken)
            ?? throw new CaseRuleException(CaseRuleCodes.TargetRequired, "No such case.");
        var clerk = await Reassignment.FindClerkAsync(db, command.ToClerkId, cancellationToken);
        var before = Reassignment.Topics(@case);
        @case.ReassignClerk(supervisor, clock.Now, clerk.Id, clerk.DisplayName, command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        await Reassignment.PublishAsync(live, @case, before);
        return Unit.Value;
    }
}
