using ClerkStation.Domain.Calendar;
using ClerkStation.Features.Calendar;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Realtime;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static ClerkStation.Tests.Features.Calendar.CalendarTestKit;

namespace ClerkStation.Tests.Features.Calendar;

/// <summary>
/// Saving a year tells the screens through the recompute summary's one <c>CalendarYearChanged</c>, after the summary is
/// stored: the calendar, the floor, and the department and clerk of every moved case, once each (not case by case).
/// </summary>
public sealed class CalendarLiveUpdateTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly List<(LiveChange Change, bool SummaryStored)> _heard = [];

    private IDisposable Listen() =>
        app.Services.GetRequiredService<LiveUpdates>().Subscribe(_ => true, async change =>
        {
            await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
            var stored = await db.CalendarRecomputes.AnyAsync(s => s.Year == 2027, Ct);
            lock (_heard)
            {
                _heard.Add((change, stored));
            }
        });

    [Fact]
    public async Task The_saved_year_reaches_the_calendar_the_floor_and_the_moved_cases_screens_once_after_the_summary_is_stored()
    {
        var moved = await SeedCaseAsync(app, 40, 40);
        using var subscription = Listen();

        await app.SendAsync(Administrator, new SaveCalendarYear(Official2027(), null));

        string[] expected = [LiveUpdates.FloorTopic, LiveUpdates.CalendarTopic, LiveUpdates.DepartmentTopic("mz"), LiveUpdates.ClerkTopic(Actors.Clerk.UserId)];
        var topics = _heard.Select(h => h.Change.Topic).ToList();
        Assert.All(expected, topic => Assert.Single(topics, topic));
        Assert.Equal(topics.Count, topics.Distinct().Count());
        Assert.All(_heard, h => Assert.True(h.SummaryStored));
        Assert.DoesNotContain(_heard, h => h.Change.CaseNumber == moved.Number); // one summary, not the case's own event

        // A conflicting save (the year is at version 1 now) stores nothing and tells nobody.
        _heard.Clear();
        await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(Administrator, new SaveCalendarYear(Official2027(), null)));
        Assert.Empty(_heard);
    }

    [Fact]
    public async Task The_topics_are_told_by_the_handler_of_CalendarYearChanged()
    {
        using var subscription = Listen();
        await using var scope = app.ScopeAs(null);

        await scope.ServiceProvider.GetRequiredService<IPublisher>()
            .Publish(new DomainEventNotification(new CalendarYearChanged(2031, ["rs"], ["clerk-x"])), Ct);

        Assert.Equal(
            new[] { LiveUpdates.FloorTopic, LiveUpdates.CalendarTopic, LiveUpdates.DepartmentTopic("rs"), LiveUpdates.ClerkTopic("clerk-x") }.Order(),
            _heard.Select(h => h.Change.Topic).Order());
    }
}
