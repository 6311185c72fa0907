using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Intake;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Intake;

/// <summary>
/// 一次性告知: records the full list of what is missing or wrong; no case is accepted. The page sends the application as
/// it stands (form and materials) and the lines the clerk kept; the domain composes the notice again from the catalog
/// and records its own lines in the clerk's order (<see cref="NoticeSettlement"/>), never the text the browser sent.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record IssueOneTimeNotice(
    Guid SubmissionKey,
    string TargetCode,
    Applicant Applicant,
    string FormDataJson,
    IReadOnlyDictionary<string, MaterialStatus> Materials,
    IReadOnlyList<NoticeLine> Lines,
    string? Note,
    Guid? PreApplicationId = null) : ICommand<IntakeOutcome>, IAuditTarget, ICounterDecision
{
    public string? AuditTarget => TargetCode;

    /// <summary>The notice the domain words for this application and the clerk's choice; null when the form cannot be read.</summary>
    internal SettledNotice? Settle(IntakeTarget target, DateOnly today)
    {
        try
        {
            return NoticeSettlement.Settle(OneTimeNotice.Propose(target, FormData.FromJson(FormDataJson), Materials, today), Lines);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

public sealed class IssueOneTimeNoticeValidator(CatalogStore store, CenterClock clock) : IRequestValidator<IssueOneTimeNotice>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(IssueOneTimeNotice message, CancellationToken cancellationToken)
    {
        var problems = new List<ValidationProblem>(IntakeDecisionValidation.Check(store, clock, message.TargetCode, message.Applicant, null));
        if (store.FindTarget(message.TargetCode) is { } target)
        {
            problems.AddRange(message.Settle(target, clock.Today) switch
            {
                null => [new ValidationProblem("form", IntakeRuleCodes.FormUnreadable)],
                { Problems.Count: > 0 } settled => settled.Problems.Select(p => new ValidationProblem("lines", p.Code)).DistinctBy(p => p.Code),
                { Lines.Count: 0 } => [new ValidationProblem("lines", IntakeRuleCodes.NothingMissing)],
                _ => [],
            });
        }

        return ValueTask.FromResult<IReadOnlyList<ValidationProblem>>(problems);
    }
}

public sealed class IssueOneTimeNoticeHandler(IntakeDecisions decisions, CatalogStore store, IOptions<CenterOptions> center)
    : ICommandHandler<IssueOneTimeNotice, IntakeOutcome>
{
    public async ValueTask<IntakeOutcome> Handle(IssueOneTimeNotice request, CancellationToken cancellationToken)
    {
        var target = store.FindTarget(request.TargetCode)!;
        return await decisions.RecordNumberedAsync(request, center.Value.NoticePrefix,
            (number, command) => IntakeDecision.IssueOneTimeNotice(number, target.Code, target.Name, target.Parts[0].RouteTo, ApplicantRules.Normalize(request.Applicant),
                request.Settle(target, command.Today)!.Lines, request.Note, command.Actor, command.Now, command.Today),
            cancellationToken);
    }
}
