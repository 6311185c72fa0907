using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Intake;

/// <summary>不予受理: records the refusal and its reason for the printed notice; no case is accepted.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record RefuseApplication(Guid SubmissionKey, string TargetCode, Applicant Applicant, string Reason)
    : ICommand<IntakeOutcome>, IAuditTarget
{
    public string? AuditTarget => TargetCode;
}

public sealed class RefuseApplicationValidator(CatalogStore store, CenterClock clock) : IRequestValidator<RefuseApplication>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RefuseApplication message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IntakeDecisionValidation.Check(store, clock, message.TargetCode, message.Applicant,
            string.IsNullOrWhiteSpace(message.Reason) ? new ValidationProblem("reason", CaseRuleCodes.ReasonRequired) : null));
}

public sealed class RefuseApplicationHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock, ICurrentUser currentUser, IOptions<CenterOptions> center)
    : ICommandHandler<RefuseApplication, IntakeOutcome>
{
    public async ValueTask<IntakeOutcome> Handle(RefuseApplication command, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await IntakeSubmissions.FindAsync(db, command.SubmissionKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var target = store.FindTarget(command.TargetCode)!;
        var prefix = center.Value.RefusalPrefix;
        var number = CaseNumber.Format(prefix, clock.Today, await NumberGenerator.NextAsync(db, prefix, clock.Today, cancellationToken));
        var decision = IntakeDecision.Refuse(number, target.Code, target.Name, target.Parts[0].RouteTo,
            ApplicantRules.Normalize(command.Applicant), command.Reason, clerk, clock.Now);
        db.IntakeDecisions.Add(decision);
        var outcome = new IntakeOutcome([], null, decision.Id, decision.Number, decision.Kind);
        IntakeSubmissions.Remember(db, command.SubmissionKey, clerk.UserId, outcome, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }
}
