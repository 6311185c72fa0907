using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Intake;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Intake;

/// <summary>不予受理: records the refusal and its reason for the printed notice; no case is accepted.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record RefuseApplication(Guid SubmissionKey, string TargetCode, Applicant Applicant, string Reason, Guid? PreApplicationId = null)
    : ICommand<IntakeOutcome>, IAuditTarget, ICounterDecision
{
    public string? AuditTarget => TargetCode;
}

public sealed class RefuseApplicationValidator(CatalogStore store, CenterClock clock) : IRequestValidator<RefuseApplication>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(RefuseApplication message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IntakeDecisionValidation.Check(store, clock, message.TargetCode, message.Applicant,
            string.IsNullOrWhiteSpace(message.Reason) ? new ValidationProblem("reason", CaseRuleCodes.ReasonRequired) : null));
}

public sealed class RefuseApplicationHandler(IntakeDecisions decisions, CatalogStore store, IOptions<CenterOptions> center)
    : ICommandHandler<RefuseApplication, IntakeOutcome>
{
    public async ValueTask<IntakeOutcome> Handle(RefuseApplication request, CancellationToken cancellationToken)
    {
        var target = store.FindTarget(request.TargetCode)!;
        return await decisions.RecordNumberedAsync(request, center.Value.RefusalPrefix,
            (number, command) => IntakeDecision.Refuse(number, target.Code, target.Name, target.Parts[0].RouteTo, ApplicantRules.Normalize(request.Applicant), request.Reason, command.Actor, command.Now, command.Today),
            cancellationToken);
    }
}
