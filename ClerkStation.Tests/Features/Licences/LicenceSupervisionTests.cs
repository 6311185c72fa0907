using System.Net;
using System.Text;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Staff;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Licences;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using ClerkStation.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Tests.Features.Licences;

/// <summary>
/// Licences seen from above: the supervisors' expiry reminder list and its export, the waiver share in the statistics,
/// the administrators' library upload, and a licence type + number that is never issued twice.
/// </summary>
public sealed class LicenceSupervisionTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static readonly Actor ReviewerCl = LicenceSamples.ReviewerCl;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewHolder() => LicenceSamples.NewHolder();

    private DateOnly Today => LicenceSamples.Today(app);

    private Task<Licence> HoldAsync(string holder, string type, DateOnly? validUntil, LicenceStatus status = LicenceStatus.Valid, string name = "测试持证人") =>
        LicenceSamples.HoldAsync(app, holder, type, validUntil, status, name);

    private SubmitApplication DisabilityApplication(string holder, Dictionary<string, Guid>? licences = null, params string[] eLicences) =>
        LicenceSamples.DisabilityApplication(app, holder, licences, eLicences);

    [Fact]
    public async Task Supervisors_see_the_valid_licences_expiring_within_the_days_they_choose_soonest_first_with_ids_masked()
    {
        var holder = NewHolder();
        var in5 = await HoldAsync(holder, "social-security-card", Today.AddDays(5));
        var today = await HoldAsync(holder, "resident-id", Today);
        var in40 = await HoldAsync(holder, "hukou-book", Today.AddDays(40));
        var revoked = await HoldAsync(holder, "marriage", Today.AddDays(3), LicenceStatus.Revoked);
        var expired = await HoldAsync(holder, "disability", Today.AddDays(-1));
        var mine = new[] { in5.Id, today.Id, in40.Id, revoked.Id, expired.Id };

        var within30 = await app.SendAsync(Actors.Supervisor, new GetExpiringLicences(30));
        var within60 = await app.SendAsync(Actors.Supervisor, new GetExpiringLicences(60));

        Assert.Equal([(today.Id, 0), (in5.Id, 5)], within30.Rows.Where(r => mine.Contains(r.Id)).Select(r => (r.Id, r.DaysLeft)));
        Assert.Equal([today.Id, in5.Id, in40.Id], within60.Rows.Where(r => mine.Contains(r.Id)).Select(r => r.Id));
        Assert.Equal(within30.Rows.Select(r => r.ValidUntil).Order(), within30.Rows.Select(r => r.ValidUntil));
        var row = within30.Rows.Single(r => r.Id == in5.Id);
        Assert.Equal((holder[..4] + "**********" + holder[^4..], "社会保障卡"), (row.HolderId, row.TypeName.Zh));
        Assert.DoesNotContain(holder, row.Number, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(367)]
    public async Task A_number_of_days_outside_1_to_366_is_refused_with_a_clear_problem(int days)
    {
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAsync(Actors.Supervisor, new GetExpiringLicences(days)));
        Assert.Equal(("withinDays", "licence.expiringDays"), (refused.Problems.Single().Path, refused.Problems.Single().Code));
    }

    [Theory]
    [InlineData(StaffRole.Clerk)]
    [InlineData(StaffRole.Reviewer)]
    [InlineData(StaffRole.Trainer)]
    [InlineData(StaffRole.Admin)]
    public async Task Only_supervisors_get_the_expiry_list(StaffRole role)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.SendAsync(Actors.Of(role), new GetExpiringLicences(30)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.SendAsync(null, new GetExpiringLicences(30)));
    }

    [Fact]
    public async Task The_expiry_export_is_a_csv_whose_formula_looking_names_are_text_and_only_supervisors_get_it()
    {
        var licence = await HoldAsync(NewHolder(), "hukou-book", Today.AddDays(2), name: "=HYPERLINK(\"http://x\",\"y\")");

        var supervisor = await HttpSignIn.SignedInAsync(app, "supervisor");
        var response = await supervisor.GetAsync(ExpiringLicencesCsv.UrlFor(7), Ct);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("\uFEFFtype,type name,number,holder id,holder name,valid until,days left,source", csv, StringComparison.Ordinal);
        var line = csv.Split('\n').Single(l => l.Contains(Today.AddDays(2).ToString("yyyy-MM-dd"), StringComparison.Ordinal) && l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(", line, StringComparison.Ordinal);
        Assert.StartsWith("hukou-book,居民户口簿,", line, StringComparison.Ordinal);
        Assert.DoesNotContain(licence.HolderId, csv, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync(ExpiringLicencesCsv.Path + "?days=abc", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync(ExpiringLicencesCsv.Path + "?days=400", Ct)).StatusCode);
        foreach (var user in new[] { "clerk", "admin" })
        {
            var other = await HttpSignIn.SignedInAsync(app, user);
            var refused = await other.GetAsync(ExpiringLicencesCsv.UrlFor(7), Ct);
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain("HYPERLINK", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await HttpSignIn.Client(app).GetAsync(ExpiringLicencesCsv.UrlFor(7), Ct)).StatusCode);
    }

    [Fact]
    public async Task The_statistics_count_materials_waived_by_e_licence_per_department_and_item_and_export_them()
    {
        var filter = new StatisticsFilter(Today, Today, "cl");
        var before = await app.SendAsync(Actors.Supervisor, new GetStatistics(filter));
        var holder = NewHolder();
        var hukou = await HoldAsync(holder, "hukou-book", null);
        await app.SendAsync(Actors.Clerk, DisabilityApplication(holder, new() { ["household-register"] = hukou.Id }, "household-register"));

        var after = await app.SendAsync(Actors.Supervisor, new GetStatistics(filter));

        WaiverCount Item(StatisticsReport r) => r.Waived.ByItem.SingleOrDefault(i => i.Code == "CL-001")?.Count ?? WaiverCount.Zero;
        WaiverCount Department(StatisticsReport r) => r.Waived.ByDepartment.SingleOrDefault(d => d.Code == "cl")?.Count ?? WaiverCount.Zero;
        var required = app.Services.GetRequiredService<CatalogStore>().Catalog.FindItem("CL-001")!.Materials.Count(m => m.Required);
        Assert.Equal((Item(before).ELicence + 1, Item(before).Commitment), (Item(after).ELicence, Item(after).Commitment));
        Assert.True(Item(after).Required - Item(before).Required >= required, $"{Item(after).Required - Item(before).Required} < {required}");
        Assert.Equal(Item(after), Department(after));
        Assert.Equal(Department(after), after.Waived.Total);

        var csv = Encoding.UTF8.GetString(StatisticsCsv.Write(after, app.Services.GetRequiredService<CatalogStore>()));
        Assert.Contains($"waived-item,CL-001,{app.Services.GetRequiredService<CatalogStore>().Catalog.FindItem("CL-001")!.Name.Zh},waived by e-licence,{Item(after).ELicence}", csv, StringComparison.Ordinal);
        Assert.Contains($"waived-department,cl,", csv, StringComparison.Ordinal);
        Assert.Contains($"waived,*,,waived %,{after.Waived.Total.Share.ToString(System.Globalization.CultureInfo.InvariantCulture)}", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_upload_is_checked_row_by_row_then_imported_once_however_often_it_is_sent()
    {
        var holder = NewHolder();
        var number = $"UP-{Guid.NewGuid():N}";
        var json = $$"""
            { "licences": [
              { "type": "hukou-book", "number": "{{number}}", "holderId": "{{holder}}", "holderName": "上传测试", "issued": "2020-01-02" },
              { "type": "no-such-type", "number": "X1", "holderId": "{{holder}}", "holderName": "上传测试", "issued": "2020-01-02" },
              { "type": "resident-id", "number": "X2", "holderId": "330902199001011230", "holderName": "上传测试", "issued": "2020-01-02" },
              { "type": "marriage", "number": "X3", "holderId": "{{holder}}", "holderName": "上传测试", "issued": "2020-13-02" }
            ] }
            """;

        var check = await app.SendAsync(Actors.Admin, new ImportLicenceLibrary(json, DryRun: true));
        Assert.Equal((1, 0, 0), (check.Added, check.Updated, check.Unchanged));
        Assert.Equal([(2, "type"), (3, "holderId"), (4, "issued")], check.Problems.Select(p => (p.Row, p.Field)));
        Assert.Empty(await app.SendAsync(Actors.Clerk, new GetHeldLicences(holder)));

        var first = await app.SendAsync(Actors.Admin, new ImportLicenceLibrary(json, DryRun: false));
        var again = await app.SendAsync(Actors.Admin, new ImportLicenceLibrary(json, DryRun: false));
        var revoked = await app.SendAsync(Actors.Admin, new ImportLicenceLibrary(json.Replace("\"issued\": \"2020-01-02\" }", "\"issued\": \"2020-01-02\", \"status\": \"revoked\" }", StringComparison.Ordinal), DryRun: false));

        Assert.Equal((1, 0, 0, 3), (first.Added, first.Updated, first.Unchanged, first.Problems.Count));
        Assert.Equal((0, 0, 1), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal((0, 1), (revoked.Added, revoked.Updated));
        var held = Assert.Single(await app.SendAsync(Actors.Clerk, new GetHeldLicences(holder)));
        Assert.Equal((number, LicenceState.Revoked, LicenceSource.Imported), (held.Number, held.State, held.Source));
    }

    [Fact]
    public async Task A_file_that_is_not_a_library_export_is_reported_as_a_whole_and_nothing_is_imported()
    {
        var report = await app.SendAsync(Actors.Admin, new ImportLicenceLibrary("{ \"licences\": [ { \"type\": ", DryRun: false));
        Assert.Equal((0, 0), (report.Added, Assert.Single(report.Problems).Row));
    }

    [Theory]
    [InlineData(StaffRole.Clerk)]
    [InlineData(StaffRole.Reviewer)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Trainer)]
    public async Task Only_administrators_upload_the_licence_library(StaffRole role)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.SendAsync(Actors.Of(role), new ImportLicenceLibrary("{ \"licences\": [] }", DryRun: true)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => app.SendAsync(null, new ImportLicenceLibrary("{ \"licences\": [] }", DryRun: false)));
    }

    [Fact]
    public async Task A_second_approval_that_would_issue_the_same_licence_number_does_not_issue_it_twice()
    {
        var holder = NewHolder();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var caseId = Assert.Single((await app.SendAsync(Actors.Clerk, DisabilityApplication(holder))).Cases).Id;
            await app.SendAsync(ReviewerCl, new ClaimCase(caseId));
            await app.SendAsync(ReviewerCl, new ApproveCase(caseId));
        }

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var issued = await db.Licences.AsNoTracking().Where(l => l.HolderId == holder).ToListAsync(Ct);
        var licence = Assert.Single(issued);
        Assert.Equal(("disability", holder + "43"), (licence.TypeCode, licence.Number));
        var cases = await db.Cases.AsNoTracking().Where(c => c.ItemCode == "CL-001").ToListAsync(Ct);
        Assert.Equal(2, cases.Count(c => c.Applicant.IdNumber == holder && c.Outcome == CaseOutcome.Approved));
    }

    [Fact]
    public void Waived_materials_count_e_licences_and_commitments_among_required_ones_only()
    {
        var item = new ServiceItem
        {
            Code = "T-1", Name = new("测试", "Test"), DepartmentCode = "mz", RouteTo = "mz", Kind = ItemKind.Promised,
            Materials =
            [
                new MaterialRequirement { Code = "a", Name = new("a", "a"), Required = true },
                new MaterialRequirement { Code = "b", Name = new("b", "b"), Required = true },
                new MaterialRequirement { Code = "c", Name = new("c", "c"), Required = false, RequiredWhen = null },
                new MaterialRequirement { Code = "d", Name = new("d", "d"), Required = true },
            ],
        };
        MaterialRecord Rec(string code, MaterialStatus status) => new(code, new(code, code), status);

        var count = WaiverCount.Of([Rec("a", MaterialStatus.ELicense), Rec("b", MaterialStatus.Commitment), Rec("c", MaterialStatus.ELicense), Rec("d", MaterialStatus.Copy)], item);

        Assert.Equal((3, 1, 1, 2, 66.7), (count.Required, count.ELicence, count.Commitment, count.Waived, count.Share));
        Assert.Equal(4, WaiverCount.Of([Rec("a", MaterialStatus.ELicense), Rec("b", MaterialStatus.Commitment), Rec("c", MaterialStatus.ELicense), Rec("d", MaterialStatus.Copy)], null).Required);
        Assert.Equal(0, WaiverCount.Zero.Share);
    }
}
