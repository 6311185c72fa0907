using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Intake;

/// <summary>一次性告知: records the full list of what is missing or wrong; no case is accepted.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record IssueOneTimeNotice(
    Guid SubmissionKey,
    string TargetCode,
    Applicant Applicant,
    IReadOnlyList<NoticeLine> Lines,
    string? Note,
    Guid? PreApplicationId = null) : ICommand<IntakeOutcome>, IAuditTarget, ICounterDecision
{
    public string? AuditTarget => TargetCode;
}

public sealed class IssueOneTimeNoticeValidator(CatalogStore store, CenterClock clock) : IRequestValidator<IssueOneTimeNotice>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(IssueOneTimeNotice message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IntakeDecisionValidation.Check(store, clock, message.TargetCode, message.Applicant,
            message.Lines.Count == 0 ? new ValidationProblem("lines", IntakeRuleCodes.NothingMissing) : null));
}

public sealed class IssueOneTimeNoticeHandler(IntakeDecisions decisions, CatalogStore store, IOptions<CenterOptions> center)
    : ICommandHandler<IssueOneTimeNotice, IntakeOutcome>
{
    public async ValueTask<IntakeOutcome> Handle(IssueOneTimeNotice request, CancellationToken cancellationToken)
    {
        var target = store.FindTarget(request.TargetCode)!;
        return await decisions.RecordNumberedAsync(request, center.Value.NoticePrefix,
            (number, command) => IntakeDecision.IssueOneTimeNotice(number, target.Code, target.Name, target.Parts[0].RouteTo, ApplicantRules.Normalize(request.Applicant), request.Lines, request.Note, command.Actor, command.Now),
            cancellationToken);
    }
}
