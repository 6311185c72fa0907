using System.Globalization;
using ClerkStation.Infrastructure.Realtime;

namespace ClerkStation.Features.Statistics;

/// <summary>Forgetting kept days: the topic a changed past day is published on, and what each node drops when it hears it.</summary>
public sealed partial class StatisticsDailyFigures
{
    private const string TopicPrefix = "statistics:";

    /// <summary>The topic that tells every node a past day of a center changed.</summary>
    public static string DayTopic(int centerId, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{TopicPrefix}{centerId}:{day:yyyy-MM-dd}");

    private Task OnChange(LiveChange change)
    {
        lock (_gate)
        {
            _version++;
            var parts = change.Topic.Split(':');
            if (parts.Length == 3 && parts[0] + ":" == TopicPrefix && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var center)
                && DateOnly.TryParseExact(parts[2], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                foreach (var (key, days) in _kept)
                {
                    if (key.Center == center)
                    {
                        days.Remove(day);
                    }
                }
            }
            else
            {
                _kept.Clear();
            }
        }

        return Task.CompletedTask;
    }
}
