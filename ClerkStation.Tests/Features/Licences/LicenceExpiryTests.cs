using System.Net;
using System.Text;
using ClerkStation.Domain.Licences;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Licences;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Licences;

/// <summary>
/// The supervisors' list of valid licences expiring soon and its CSV export: ordering, masking, the days asked for, and
/// who gets them.
/// </summary>
public sealed class LicenceExpiryTests(ClerkAppFactory app) : LicenceTestBase(app)
{
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

        var within30 = await App.SendAsync(Actors.Supervisor, new GetExpiringLicences(30));
        var within60 = await App.SendAsync(Actors.Supervisor, new GetExpiringLicences(60));

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
        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => App.SendAsync(Actors.Supervisor, new GetExpiringLicences(days)));
        Assert.Equal(("withinDays", "licence.expiringDays"), (refused.Problems.Single().Path, refused.Problems.Single().Code));
    }

    [Theory]
    [InlineData(StaffRole.Clerk)]
    [InlineData(StaffRole.Reviewer)]
    [InlineData(StaffRole.Trainer)]
    [InlineData(StaffRole.Admin)]
    public async Task Only_supervisors_get_the_expiry_list(StaffRole role)
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(Actors.Of(role), new GetExpiringLicences(30)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new GetExpiringLicences(30)));
    }

    [Fact]
    public async Task The_expiry_export_is_a_csv_whose_formula_looking_names_are_text_and_only_supervisors_get_it()
    {
        var licence = await HoldAsync(NewHolder(), "hukou-book", Today.AddDays(2), name: "=HYPERLINK(\"http://x\",\"y\")");

        var supervisor = await HttpSignIn.SignedInAsync(App, "supervisor");
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
            var other = await HttpSignIn.SignedInAsync(App, user);
            var refused = await other.GetAsync(ExpiringLicencesCsv.UrlFor(7), Ct);
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain("HYPERLINK", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
        Assert.NotEqual(HttpStatusCode.OK, (await HttpSignIn.Client(App).GetAsync(ExpiringLicencesCsv.UrlFor(7), Ct)).StatusCode);
    }
}
