using System.Globalization;
using System.Text;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Statistics;

/// <summary>
/// GET /supervisor/statistics.csv?from=yyyy-MM-dd&amp;to=yyyy-MM-dd&amp;department=code — the report as one CSV
/// (section, key, name, figure, value), UTF-8 with BOM so Excel opens Chinese correctly. Supervisors only.
/// </summary>
public static class StatisticsCsv
{
    public const string Path = "/supervisor/statistics.csv";

    public static string UrlFor(StatisticsFilter filter) =>
        $"{Path}?from={filter.From:yyyy-MM-dd}&to={filter.To:yyyy-MM-dd}" + (filter.DepartmentCode is { Length: > 0 } d ? "&department=" + Uri.EscapeDataString(d) : "");

    public static IEndpointRouteBuilder MapStatisticsCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CalendarService calendars, CenterClock clock, string? from, string? to, string? department) =>
        {
            var today = clock.Today;
            var filter = new StatisticsFilter(
                DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f) ? f : today.AddDays(-29),
                DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : today,
                string.IsNullOrWhiteSpace(department) ? null : department);
            if (filter.From > filter.To || filter.To.DayNumber - filter.From.DayNumber > 731)
            {
                return Results.BadRequest();
            }
            var report = await StatisticsQueries.LoadAsync(dbFactory, filter, calendars.Current, today, http.RequestAborted);
            var bytes = Write(report, store);
            return Results.File(bytes, "text/csv; charset=utf-8", $"statistics-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.csv");
        }).RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Supervisor)));
        return app;
    }

    public static byte[] Write(StatisticsReport r, CatalogStore store)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = CsvWriter.Create(writer, null, leaveOpen: true))
        {
            void Row(string section, string key, string name, string figure, object value)
            {
                csv.WriteField(section);
                csv.WriteField(key);
                csv.WriteField(name);
                csv.WriteField(figure);
                csv.WriteField(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty);
                csv.EndRecord();
            }

            foreach (var h in new[] { "section", "key", "name", "figure", "value" })
            {
                csv.WriteField(h);
            }
            csv.EndRecord();
            Row("filter", "from", "", "date", r.Filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Row("filter", "to", "", "date", r.Filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Row("filter", "department", "", "code", r.Filter.DepartmentCode ?? "*");
            Row("filter", "demo", "", "generated demo data", r.IsDemoData);
            Row("total", "*", "", "accepted", r.Accepted);
            Row("total", "*", "", "instant", r.Instant);
            Row("total", "*", "", "instant share %", r.InstantShare);
            Row("total", "*", "", "one-time notices", r.Notices);
            Row("total", "*", "", "refusals", r.Refusals);
            Row("total", "*", "", "decided promised cases", r.Handling.Cases);
            Row("total", "*", "", "average working days", r.Handling.AverageWorkingDays);
            Row("total", "*", "", "average promised days", r.Handling.AveragePromisedDays);
            Row("total", "*", "", "time saved %", r.Handling.TimeSavedPercent);
            Row("total", "*", "", "overdue", r.Handling.Late);
            Row("total", "*", "", "overdue rate %", r.OverdueRate);
            Row("total", "*", "", "ratings", r.Ratings.Total);
            Row("total", "*", "", "bad ratings", r.Ratings.Bad);
            Row("total", "*", "", "satisfaction rate %", r.Ratings.SatisfactionRate);
            Row("total", "*", "", "rectification tasks", r.Rectification.Opened);
            Row("total", "*", "", "rectified on time", r.Rectification.OnTime);
            Row("total", "*", "", "rectification on time %", r.Rectification.OnTimeRate);
            foreach (var level in RatingLevels.BestFirst)
            {
                Row("rating", ((int)level).ToString(CultureInfo.InvariantCulture), level.ToString(), "ratings", r.Ratings.ByLevel[level]);
            }
            foreach (var d in r.Days)
            {
                Row("day", d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", "accepted", d.Accepted);
                Row("day", d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", "instant", d.Instant);
            }
            foreach (var d in r.Departments)
            {
                var name = store.Catalog.FindDepartment(d.Code)?.Name.Zh ?? d.Code;
                Row("department", d.Code, name, "accepted", d.Accepted);
                Row("department", d.Code, name, "instant share %", d.InstantShare);
                Row("department", d.Code, name, "decided", d.Decided);
                Row("department", d.Code, name, "overdue rate %", d.OverdueRate);
            }
            foreach (var i in r.Items)
            {
                Row("item", i.Code, store.Catalog.FindItem(i.Code)?.Name.Zh ?? i.Code, "accepted", i.Accepted);
            }
            foreach (var c in r.Clerks)
            {
                Row("clerk", c.Id, c.Name, "accepted", c.Accepted);
                Row("clerk", c.Id, c.Name, "one-time notices", c.Notices);
                Row("clerk", c.Id, c.Name, "refusals", c.Refusals);
            }
        }
        return stream.ToArray();
    }
}
