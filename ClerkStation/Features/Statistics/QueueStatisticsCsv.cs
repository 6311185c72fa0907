using System.Globalization;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.Statistics;

/// <summary>
/// GET /supervisor/statistics/queue.csv?from=yyyy-MM-dd&amp;to=yyyy-MM-dd — the queue's figures as one CSV (section, key,
/// name, tickets, calls, no-shows, no-show %, average wait and service minutes), formula cells escaped; Supervisors only,
/// like the statistics export.
/// </summary>
public static class QueueStatisticsCsv
{
    public const string Path = "/supervisor/statistics/queue.csv";

    public static string UrlFor(DateOnly from, DateOnly to) => $"{Path}?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";

    public static IEndpointRouteBuilder MapQueueStatisticsCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, IDbContextFactory<ClerkDbContext> dbFactory, QueueSettings settings, CenterClock clock, IStringLocalizer<SharedResource> l, string? from, string? to) =>
        {
            var today = clock.Today;
            if (!StatisticsCsv.TryDate(from, today.AddDays(-29), out var f) || !StatisticsCsv.TryDate(to, today, out var t) || StatisticsFilter.RangeProblems(f, t).Count > 0)
            {
                return Results.Problem(title: l["Stats.Export.BadDate"], statusCode: StatusCodes.Status400BadRequest,
                    extensions: new Dictionary<string, object?> { ["parameter"] = "from,to" });
            }
            var statistics = await GetQueueStatisticsHandler.LoadAsync(dbFactory, f, t, http.RequestAborted);
            return Results.File(Write(statistics, settings), "text/csv; charset=utf-8", $"queue-{f:yyyyMMdd}-{t:yyyyMMdd}.csv");
        }).RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Supervisor))).ActingAsSignedInStaff();
        return app;
    }

    public static byte[] Write(QueueStatistics s, QueueSettings settings) => SafeCsv.Write(record =>
    {
        static string Number(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;
        void Row(string section, QueueFigureRow r, string name) => record([
            section, r.Key, name,
            r.Tickets.ToString(CultureInfo.InvariantCulture), r.Calls.ToString(CultureInfo.InvariantCulture),
            r.NoShows.ToString(CultureInfo.InvariantCulture), Number(r.NoShowRate),
            Number(r.AverageWaitMinutes), Number(r.AverageServiceMinutes)]);

        record(["section", "key", "name", "tickets", "calls", "no-shows", "no-show rate %", "average wait (min)", "average service (min)"]);
        record(["filter", "from", "", s.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", "", "", "", ""]);
        record(["filter", "to", "", s.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", "", "", "", ""]);
        Row("total", s.Total, "");
        foreach (var r in s.ByHour)
        {
            Row("hour", r, "");
        }
        foreach (var r in s.ByDay)
        {
            Row("day", r, "");
        }
        foreach (var r in s.ByCategory)
        {
            Row("category", r, settings.Categories.FirstOrDefault(c => c.Letter == r.Key)?.Name.Zh ?? string.Empty);
        }
        foreach (var r in s.ByWindow)
        {
            Row("window", r, "");
        }
    });
}
