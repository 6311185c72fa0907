using ClerkStation.Domain.Calendar;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Calendar;

/// <summary>
/// An official year saved: every screen showing the calendar, the floor, and the queues and counters of the departments
/// and clerks whose open cases moved refresh, once the recompute's summary is stored (the floor then shows it).
/// </summary>
public sealed class CalendarLiveUpdates(LiveUpdates live) : DomainEventHandler<CalendarYearChanged>
{
    protected override async ValueTask HandleAsync(CalendarYearChanged changed, CancellationToken cancellationToken)
    {
        string[] topics =
        [
            LiveUpdates.FloorTopic,
            LiveUpdates.CalendarTopic,
            .. changed.Departments.Select(LiveUpdates.DepartmentTopic),
            .. changed.Clerks.Select(LiveUpdates.ClerkTopic),
        ];
        foreach (var topic in topics)
        {
            await live.PublishAsync(new LiveChange(topic));
        }
    }
}
