using System.Net;
using System.Text;
using ClerkStation.Domain.Ratings;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure.Catalog;
using CsvHelper;

namespace ClerkStation.Tests.Security;

/// <summary>
/// The statistics export opens in a spreadsheet: no cell may start a formula (OWASP "CSV injection"), and the export's
/// query parameters are checked against known values instead of being copied into the file.
/// </summary>
public sealed class CsvExportTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    public static TheoryData<string> Dangerous() => new(Formula, "+1+1", "-2+3", "@SUM(A1:A9)", "\tcmd", "\rcmd");

    [Theory]
    [MemberData(nameof(Dangerous))]
    public void A_staff_name_that_looks_like_a_formula_is_exported_as_text(string name)
    {
        var rows = Parse(StatisticsCsv.Write(Report(name), app.Services.GetRequiredService<CatalogStore>()));

        var clerk = rows.Single(r => r[0] == "clerk" && r[3] == "accepted");
        Assert.Equal("'" + name, clerk[2]);
        Assert.Equal("'" + name, clerk[1]);
        Assert.All(rows.SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0]), $"cell starts a formula: {cell}"));
    }

    [Fact]
    public async Task An_unknown_department_is_refused_without_echoing_it()
    {
        var client = await HttpSignIn.SignedInAsync(app, "supervisor");
        var response = await client.GetAsync("/supervisor/statistics.csv?department=" + Uri.EscapeDataString(Formula), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("HYPERLINK", body, StringComparison.Ordinal);
        Assert.Contains("department", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("from=yesterday")]
    [InlineData("to=2026-13-45")]
    [InlineData("from=2026-01-02&to=2026-01-01")]
    public async Task Dates_that_are_not_a_range_are_refused(string query)
    {
        var client = await HttpSignIn.SignedInAsync(app, "supervisor");
        var response = await client.GetAsync("/supervisor/statistics.csv?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_known_department_exports()
    {
        var client = await HttpSignIn.SignedInAsync(app, "supervisor");
        var response = await client.GetAsync("/supervisor/statistics.csv?from=2026-01-01&to=2026-01-31&department=mz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = Parse(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains(rows, r => r[0] == "filter" && r[1] == "department" && r[4] == "mz");
    }

    private static StatisticsReport Report(string name) => new(
        new StatisticsFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)),
        1, 0, 0, 0, HandlingSummary.Empty, [], [], [],
        [new ClerkFigures(name, name, 1, 0, 0, 0)],
        new RatingFigures(Enum.GetValues<RatingLevel>().ToDictionary(l => l, _ => 0), 0),
        new RectificationFigures(0, 0, 0, 0),
        IsDemoData: false);

    private static List<string[]> Parse(byte[] csv)
    {
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return rows;
    }
}
