using ClerkStation.Domain.Cases;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Shared;

/// <summary>
/// Every saved step of a case reaches the screens that show it: its department's queue (and the one it left), its
/// counter clerk (and the one it was taken from), and the supervisor's floor.
/// </summary>
public sealed class CaseLiveUpdates(LiveUpdates live) : DomainEventHandler<CaseChanged>
{
    protected override async ValueTask HandleAsync(CaseChanged changed, CancellationToken cancellationToken)
    {
        string?[] topics =
        [
            LiveUpdates.DepartmentTopic(changed.DepartmentCode),
            changed.PreviousDepartmentCode is { } department ? LiveUpdates.DepartmentTopic(department) : null,
            LiveUpdates.ClerkTopic(changed.AssignedClerkId),
            changed.PreviousClerkId is { } clerk ? LiveUpdates.ClerkTopic(clerk) : null,
            LiveUpdates.FloorTopic,
        ];
        foreach (var topic in topics.OfType<string>())
        {
            await live.PublishAsync(new LiveChange(topic, changed.Number));
        }
    }
}
