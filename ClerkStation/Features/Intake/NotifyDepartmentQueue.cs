using ClerkStation.Infrastructure.Realtime;
using Mediator;

namespace ClerkStation.Features.Intake;

/// <summary>Routing's last step: the department's open queues and the supervisor's floor show the new case at once.</summary>
public sealed class NotifyDepartmentQueue(LiveUpdates live) : INotificationHandler<CaseAccepted>
{
    public async ValueTask Handle(CaseAccepted notification, CancellationToken cancellationToken)
    {
        await live.PublishAsync(new LiveChange(LiveUpdates.DepartmentTopic(notification.DepartmentCode), notification.Number));
        await live.PublishAsync(new LiveChange(LiveUpdates.FloorTopic, notification.Number));
    }
}
