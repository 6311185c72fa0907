using System.Text;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Statistics;
using ClerkStation.Features.BackOffice;
using ClerkStation.Features.Statistics;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Licences;

/// <summary>
/// Licences seen from above: the waiver share in the statistics, and a licence type + number that is never issued
/// twice.
/// </summary>
public sealed class LicenceSupervisionTests(ClerkAppFactory app) : LicenceTestBase(app)
{
    [Fact]
    public async Task The_statistics_count_materials_waived_by_e_licence_per_department_and_item_and_export_them()
    {
        var filter = new StatisticsFilter(Today, Today, "cl");
        var before = await App.SendAsync(Actors.Supervisor, new GetStatistics(filter));
        var holder = NewHolder();
        var hukou = await HoldAsync(holder, "hukou-book", null);
        await App.SendAsync(Actors.Clerk, DisabilityApplication(holder, new() { ["household-register"] = hukou.Id }, "household-register"));

        var after = await App.SendAsync(Actors.Supervisor, new GetStatistics(filter));

        WaiverCount Item(StatisticsReport r) => r.Waived.ByItem.SingleOrDefault(i => i.Code == "CL-001")?.Count ?? WaiverCount.Zero;
        WaiverCount Department(StatisticsReport r) => r.Waived.ByDepartment.SingleOrDefault(d => d.Code == "cl")?.Count ?? WaiverCount.Zero;
        var required = App.Services.GetRequiredService<CatalogStore>().Catalog.FindItem("CL-001")!.Materials.Count(m => m.Required);
        Assert.Equal((Item(before).ELicence + 1, Item(before).Commitment), (Item(after).ELicence, Item(after).Commitment));
        Assert.True(Item(after).Required - Item(before).Required >= required, $"{Item(after).Required - Item(before).Required} < {required}");
        Assert.Equal(Item(after), Department(after));
        Assert.Equal(Department(after), after.Waived.Total);

        var csv = Encoding.UTF8.GetString(StatisticsCsv.Write(after, App.Services.GetRequiredService<CatalogStore>()));
        Assert.Contains($"waived-item,CL-001,{App.Services.GetRequiredService<CatalogStore>().Catalog.FindItem("CL-001")!.Name.Zh},waived by e-licence,{Item(after).ELicence}", csv, StringComparison.Ordinal);
        Assert.Contains($"waived-department,cl,", csv, StringComparison.Ordinal);
        Assert.Contains($"waived,*,,waived %,{after.Waived.Total.Share.ToString(System.Globalization.CultureInfo.InvariantCulture)}", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_approval_that_would_issue_the_same_licence_number_does_not_issue_it_twice()
    {
        var holder = NewHolder();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var caseId = Assert.Single((await App.SendAsync(Actors.Clerk, DisabilityApplication(holder))).Cases).Id;
            await App.SendAsync(ReviewerCl, new ClaimCase(caseId));
            await App.SendAsync(ReviewerCl, new ApproveCase(caseId));
        }

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
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
