using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Mediator;

namespace ClerkStation.Features.BackOffice;

/// <summary>Ends a special procedure; the paused working days push the due dates out.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record ResumeCase(string Number) : ICommand<CaseActionDone>, IAuditTarget
{
    public string? AuditTarget => Number;
}

public sealed class ResumeCaseHandler(CaseActions actions, ICurrentUser currentUser, CenterClock clock, CalendarService calendars)
    : ICommandHandler<ResumeCase, CaseActionDone>
{
    public async ValueTask<CaseActionDone> Handle(ResumeCase command, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        return await actions.RunAsync(command.Number, reviewer.UserId, c => c.Resume(reviewer, clock.Now, calendars.Current), cancellationToken);
    }
}
