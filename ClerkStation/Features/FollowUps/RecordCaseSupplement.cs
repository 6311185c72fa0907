using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Calendar;

namespace ClerkStation.Features.FollowUps;

/// <summary>The applicant brought what the back office asked for: the clock resumes and the case goes back for review.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record RecordCaseSupplement(Guid CaseId, string? Note = null) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class RecordCaseSupplementHandler(CaseCommands cases, CalendarService calendars)
    : ICommandHandler<RecordCaseSupplement, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(RecordCaseSupplement command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.RecordSupplement(cmd.Actor, cmd.Now, cmd.Today, calendars.Current, command.Note), cancellationToken);
}
