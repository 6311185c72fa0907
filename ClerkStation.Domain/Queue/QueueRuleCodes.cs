namespace ClerkStation.Domain.Queue;

/// <summary>The stable codes of queue refusals (<see cref="Common.DomainRuleException"/>); UI resource keys.</summary>
public static class QueueRuleCodes
{
    public const string NotFound = "queue.notFound";
    public const string NotAllowedInStatus = "queue.notAllowedInStatus";
    public const string RoleNotAllowed = "queue.roleNotAllowed";
    public const string NotYourTicket = "queue.notYourTicket";
    public const string UnknownCategory = "queue.unknownCategory";
    public const string UnknownWindow = "queue.unknownWindow";
    public const string MissedExpired = "queue.missedExpired";
    public const string NoneWaiting = "queue.noneWaiting";
    public const string AlreadyServing = "queue.alreadyServing";
    public const string TransferTargetRequired = "queue.transferTargetRequired";
    public const string NoteTooLong = "queue.noteTooLong";
    public const string WindowTaken = "queue.windowTaken";
    public const string NotYourWindow = "queue.notYourWindow";
    public const string DeviceNameRequired = "queue.deviceNameRequired";
}
