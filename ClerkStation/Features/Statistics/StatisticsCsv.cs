using System.Globalization;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.Shared;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Extensions.Localization;

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
        app.MapGet(Path, async (HttpContext http, IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CalendarService calendars, CenterClock clock, IStringLocalizer<SharedResource> l, string? from, string? to, string? department) =>
        {
            // Every parameter is checked against what it can be; nothing the caller typed is echoed back or written out.
            var today = clock.Today;
            if (!TryDate(from, today.AddDays(-29), out var f) || !TryDate(to, today, out var t) || f > t || t.DayNumber - f.DayNumber > 731)
            {
                return BadRequest(l["Stats.Export.BadDate"], "from,to");
            }
            if (!string.IsNullOrEmpty(department) && store.Catalog.FindDepartment(department) is null)
            {
                return BadRequest(l["Stats.Export.UnknownDepartment"], "department");
            }

            var filter = new StatisticsFilter(f, t, string.IsNullOrEmpty(department) ? null : department);
            var report = await StatisticsQueries.LoadAsync(dbFactory, filter, calendars.Current, today, http.RequestAborted, store.Catalog);
            var bytes = Write(report, store);
            return Results.File(bytes, "text/csv; charset=utf-8", $"statistics-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.csv");
        }).RequireAuthorization(policy => policy.RequireRole(nameof(StaffRole.Supervisor))).ActingAsSignedInStaff();
        return app;
    }

    /// <summary>A yyyy-MM-dd query value, or the fallback when absent; false when present but not a date.</summary>
    internal static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrEmpty(text) || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static IResult BadRequest(string message, string parameter) =>
        Results.Problem(title: message, statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>The CSV (section, key, name, figure, value), formula cells escaped (<see cref="SafeCsv"/>).</summary>
    public static byte[] Write(StatisticsReport r, CatalogStore store) => SafeCsv.Write(record =>
    {
        void Row(string section, string key, string name, string figure, object value) =>
            record([section, key, name, figure, Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty]);

        record(["section", "key", "name", "figure", "value"]);
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
        Row("total", "*", "", "online share %", r.Channels.OnlineShare);
        foreach (var channel in ChannelFigures.All)
        {
            Row("channel", channel.ToString(), "", "accepted", r.Channels[channel]);
        }
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
        void Waiver(string section, string key, string name, WaiverCount w)
    {
        Row(section, key, name, "required materials", w.Required);
        Row(section, key, name, "waived by e-licence", w.ELicence);
        Row(section, key, name, "waived by commitment", w.Commitment);
        Row(section, key, name, "waived %", w.Share);
    }
    Waiver("waived", "*", "", r.Waived.Total);
    foreach (var d in r.Waived.ByDepartment)
    {
        Waiver("waived-department", d.Code, store.Catalog.FindDepartment(d.Code)?.Name.Zh ?? d.Code, d.Count);
    }
    foreach (var i in r.Waived.ByItem)
    {
        Waiver("waived-item", i.Code, store.Catalog.FindItem(i.Code)?.Name.Zh ?? i.Code, i.Count);
    }
    foreach (var c in r.Clerks)
        {
            Row("clerk", c.Id, c.Name, "accepted", c.Accepted);
            Row("clerk", c.Id, c.Name, "one-time notices", c.Notices);
            Row("clerk", c.Id, c.Name, "refusals", c.Refusals);
        }
    });
}
