using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure.Calendar;

namespace ClerkStation.Features.BackOffice;

/// <summary>Ends a special procedure; the paused working days push the due dates out.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ResumeCase(Guid CaseId) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class ResumeCaseHandler(CaseCommands cases, CalendarService calendars)
    : ICommandHandler<ResumeCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ResumeCase command, CancellationToken cancellationToken) =>
        await cases.RunAsync(command.CaseId, (c, cmd) => c.Resume(cmd.Actor, cmd.Now, cmd.Today, calendars.Current), cancellationToken);
}
