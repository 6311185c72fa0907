using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Licences;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Licences;

/// <summary>
/// The administrators' upload of the licence library: checked row by row, imported once, a wrong file reported whole.
/// </summary>
public sealed class LicenceLibraryUploadTests(ClerkAppFactory app) : LicenceTestBase(app)
{
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

        var check = await App.SendAsync(Actors.Admin, new ImportLicenceLibrary(json, DryRun: true));
        Assert.Equal((1, 0, 0), (check.Added, check.Updated, check.Unchanged));
        Assert.Equal([(2, "type"), (3, "holderId"), (4, "issued")], check.Problems.Select(p => (p.Row, p.Field)));
        Assert.Empty(await App.SendAsync(Actors.Clerk, new GetHeldLicences(holder)));

        var first = await App.SendAsync(Actors.Admin, new ImportLicenceLibrary(json, DryRun: false));
        var again = await App.SendAsync(Actors.Admin, new ImportLicenceLibrary(json, DryRun: false));
        var revoked = await App.SendAsync(Actors.Admin, new ImportLicenceLibrary(json.Replace("\"issued\": \"2020-01-02\" }", "\"issued\": \"2020-01-02\", \"status\": \"revoked\" }", StringComparison.Ordinal), DryRun: false));

        Assert.Equal((1, 0, 0, 3), (first.Added, first.Updated, first.Unchanged, first.Problems.Count));
        Assert.Equal((0, 0, 1), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal((0, 1), (revoked.Added, revoked.Updated));
        var held = Assert.Single(await App.SendAsync(Actors.Clerk, new GetHeldLicences(holder)));
        Assert.Equal((number, LicenceState.Revoked, LicenceSource.Imported), (held.Number, held.State, held.Source));
    }

    [Fact]
    public async Task A_file_that_is_not_a_library_export_is_reported_as_a_whole_and_nothing_is_imported()
    {
        var report = await App.SendAsync(Actors.Admin, new ImportLicenceLibrary("{ \"licences\": [ { \"type\": ", DryRun: false));
        Assert.Equal((0, 0), (report.Added, Assert.Single(report.Problems).Row));
    }

    [Theory]
    [InlineData(StaffRole.Clerk)]
    [InlineData(StaffRole.Reviewer)]
    [InlineData(StaffRole.Supervisor)]
    [InlineData(StaffRole.Trainer)]
    public async Task Only_administrators_upload_the_licence_library(StaffRole role)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(Actors.Of(role), new ImportLicenceLibrary("{ \"licences\": [] }", DryRun: true)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new ImportLicenceLibrary("{ \"licences\": [] }", DryRun: false)));
    }
}
