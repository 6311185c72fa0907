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

/// <summary>一次性告知: records the full list of what is missing or wrong; no case is accepted.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record IssueOneTimeNotice(
    Guid SubmissionKey,
    string TargetCode,
    Applicant Applicant,
    IReadOnlyList<NoticeLine> Lines,
    string? Note) : ICommand<IntakeOutcome>, IAuditTarget
{
    public string? AuditTarget => TargetCode;
}

public sealed class IssueOneTimeNoticeValidator(CatalogStore store, CenterClock clock) : IRequestValidator<IssueOneTimeNotice>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(IssueOneTimeNotice message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IntakeDecisionValidation.Check(store, clock, message.TargetCode, message.Applicant,
            message.Lines.Count == 0 ? new ValidationProblem("lines", IntakeRuleCodes.NothingMissing) : null));
}

public sealed class IssueOneTimeNoticeHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock, ICurrentUser currentUser, IOptions<CenterOptions> center)
    : ICommandHandler<IssueOneTimeNotice, IntakeOutcome>
{
    public async ValueTask<IntakeOutcome> Handle(IssueOneTimeNotice command, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await IntakeSubmissions.FindAsync(db, command.SubmissionKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var target = store.FindTarget(command.TargetCode)!;
        var prefix = center.Value.NoticePrefix;
        var number = CaseNumber.Format(prefix, clock.Today, await NumberGenerator.NextAsync(db, prefix, clock.Today, cancellationToken));
        var decision = IntakeDecision.IssueOneTimeNotice(number, target.Code, target.Name, target.Parts[0].RouteTo,
            ApplicantRules.Normalize(command.Applicant), command.Lines, command.Note, clerk, clock.Now);
        db.IntakeDecisions.Add(decision);
        var outcome = new IntakeOutcome([], null, decision.Id, decision.Number, decision.Kind);
        IntakeSubmissions.Remember(db, command.SubmissionKey, clerk.UserId, outcome, clock.Now);
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }
}
