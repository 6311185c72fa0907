using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Queue;

public sealed partial class QueueTicket
{
    private Visit StartVisit(DateTimeOffset now, DateOnly today)
    {
        var visit = Visit.Start(this, now, today);
        Status = TicketStatus.Serving;
        CalledAt = now;
        CallCount++;
        CurrentVisitId = visit.Id;
        Version++;
        Changed(isCall: true);
        return visit;
    }

    private void Changed(bool isCall) => Raise(new TicketChanged(Id, Number, Status, Window, isCall));

    private static void RequireClerk(Actor clerk)
    {
        ArgumentNullException.ThrowIfNull(clerk);
        if (!(clerk.IsIn(StaffRole.Clerk) || clerk.IsIn(StaffRole.Trainee)))
        {
            throw new DomainRuleException(QueueRuleCodes.RoleNotAllowed, $"{clerk.DisplayName} does not work at a window.");
        }
    }

    private void RequireServedBy(Actor clerk)
    {
        RequireClerk(clerk);
        if (ServedById != clerk.UserId)
        {
            throw new DomainRuleException(QueueRuleCodes.NotYourTicket, $"{Number} is not served by {clerk.DisplayName}.");
        }
    }

    private void RequireCurrent(Actor clerk, Visit current, TicketStatus expected, string action)
    {
        ArgumentNullException.ThrowIfNull(current);
        RequireServedBy(clerk);
        if (Status != expected || current.Id != CurrentVisitId)
        {
            throw Refused(QueueRuleCodes.NotAllowedInStatus, action);
        }
    }

    private DomainRuleException Refused(string code, string action) =>
        new(code, $"Cannot {action} {Number} while it is {Status}.");
}
