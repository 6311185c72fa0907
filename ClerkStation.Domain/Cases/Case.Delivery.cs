using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Cases;

// How a case leaves the counter: handed out (出件) or withdrawn by the applicant.
public sealed partial class Case
{
    /// <summary>出件: at the window the collector's name and ID are recorded; by post the tracking number.</summary>
    public void Deliver(Actor clerk, DateTimeOffset now, DeliveryMethod method, string? collectedByName, string? collectedByIdNumber, string? trackingNumber)
    {
        Require(CaseAction.Deliver, clerk);
        var name = Trimmed(collectedByName);
        var idNumber = Trimmed(collectedByIdNumber);
        var tracking = Trimmed(trackingNumber);
        if (method == DeliveryMethod.Window && (name is null || idNumber is null))
        {
            throw new DomainRuleException(CaseRuleCodes.CollectorRequired, "Record the name and ID number of whoever collects the result.");
        }
        if (method == DeliveryMethod.Post && tracking is null)
        {
            throw new DomainRuleException(CaseRuleCodes.TrackingRequired, "Record the postal tracking number.");
        }

        var from = Status;
        Delivery = new DeliveryRecord(method, clerk.UserId, clerk.DisplayName, name, idNumber, tracking);
        DeliveredAt = now;
        Status = CaseStatus.Delivered;
        Changed(clerk, now, CaseEventType.Delivered, from, detail: method.ToString());
    }

    /// <summary>The applicant withdraws an open (undecided) case.</summary>
    public void Withdraw(Actor clerk, DateTimeOffset now, string reason)
    {
        Require(CaseAction.Withdraw, clerk);
        var why = RequireReason(reason);
        var from = Status;
        Status = CaseStatus.Withdrawn;
        Changed(clerk, now, CaseEventType.Withdrawn, from, why);
    }
}
