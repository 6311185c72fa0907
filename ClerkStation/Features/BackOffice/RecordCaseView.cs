namespace ClerkStation.Features.BackOffice;

/// <summary>
/// The review page showed a case's full applicant data: recorded in the audit trail as <see cref="ViewPersonalData"/>.
/// Sent by the page when it opens a case (not on the live refreshes that follow, which show nothing new), so that
/// <see cref="GetCaseReview"/> stays a query that writes nothing. False when the case is not one the actor may see.
/// </summary>
[AllowedRoles(StaffRole.Reviewer, StaffRole.Supervisor)]
public sealed record RecordCaseView(Guid CaseId) : ICommand<bool>, IAuditTarget
{
    public const string ViewPersonalData = "ViewPersonalData";

    public string? AuditTarget => CaseId.ToString();

    /// <summary>Reviewers see their departments' cases, supervisors every case.</summary>
    internal static bool MaySee(Actor actor, string departmentCode) =>
        actor.IsIn(StaffRole.Supervisor) || actor.Serves(departmentCode);
}

public sealed class RecordCaseViewHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, TimeProvider time)
    : ICommandHandler<RecordCaseView, bool>
{
    public async ValueTask<bool> Handle(RecordCaseView command, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        CommandAudit.Unchanged(); // its own row below names what was seen, not the command
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var seen = await db.Cases.Where(c => c.Id == command.CaseId).Select(c => new { c.Number, c.DepartmentCode }).FirstOrDefaultAsync(cancellationToken);
        if (seen is null || !RecordCaseView.MaySee(actor, seen.DepartmentCode))
        {
            return false;
        }

        AuditTrail.Add(db, actor, RecordCaseView.ViewPersonalData, seen.Number, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
