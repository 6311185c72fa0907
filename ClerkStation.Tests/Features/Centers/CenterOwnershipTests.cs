using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Centers;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.City;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Queue;
using ClerkStation.Features.Supervisor;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// Two centers in one database (ADR 0018): what a center creates is stamped with it and numbered by it, a context scoped
/// to one center writes no row of another, and only the city supervisor sees every center side by side.
/// </summary>
public sealed class CenterOwnershipTests(ClerkAppFactory app) : CenterIsolationTestBase(app)
{
    [Fact]
    public async Task What_a_center_creates_is_stamped_with_it_and_numbered_from_one_with_its_prefix()
    {
        await EnsureCentersAsync();
        var clerk = Actors.Clerk.InCenter(Taohua);
        var first = Assert.Single((await App.SendAsync(clerk, m => m.Send(Instant()))).Cases).Number;
        var second = Assert.Single((await App.SendAsync(clerk, m => m.Send(Instant()))).Cases).Number;
        var ticket = await App.SendAsync(Actors.Supervisor.InCenter(Taohua), m => m.Send(new IssueTicket("B", PriorityReason.None)));
        var draftKey = Guid.NewGuid();
        await App.SendAsync(clerk, m => m.Send(new SaveDraft(draftKey, "RS-002", WangFang, "{}", new Dictionary<string, MaterialStatus>())));

        Assert.Matches(@"^TH-\d{8}-0001$", first);
        Assert.Matches(@"^TH-\d{8}-0002$", second);
        await using var db = await App.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        Assert.Equal(Taohua, (await db.Cases.SingleAsync(c => c.Number == first, Ct)).CenterId);
        var stored = await db.QueueTickets.SingleAsync(t => t.Id == ticket.TicketId, Ct);
        Assert.Equal(Taohua, stored.CenterId);
        Assert.Equal(1, stored.Sequence);
        Assert.Equal(Taohua, (await db.FormDrafts.SingleAsync(d => d.SubmissionKey == draftKey, Ct)).CenterId);

        // Its own clerk finds the case; the default center's supervisor does not.
        Assert.NotNull(await App.SendAsync(Actors.Supervisor.InCenter(Taohua), m => m.Send(new FindCase(first))));
        Assert.Null(await App.SendAsync(Actors.Supervisor, m => m.Send(new FindCase(first))));
    }

    [Fact]
    public async Task A_context_scoped_to_one_center_refuses_to_write_a_row_of_another()
    {
        await EnsureCentersAsync();
        var number = Assert.Single((await App.SendAsync(Actors.Clerk, m => m.Send(Instant()))).Cases).Number;
        await using var db = await App.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
        var @case = await db.Cases.SingleAsync(c => c.Number == number, Ct);
        db.CenterScope = Gaoting;
        db.Entry(@case).Property(nameof(Case.AssignedClerkName)).IsModified = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    [Fact]
    public async Task The_city_supervisor_sees_every_center_side_by_side_and_a_center_supervisor_may_not()
    {
        await EnsureCentersAsync();
        var today = App.Services.GetRequiredService<CenterClocks>().Default.Today;
        var before = await App.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCityComparison(today, today)));
        await App.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(Instant()));
        await App.SendAsync(Actors.Clerk.InCenter(Gaoting), m => m.Send(Instant()));
        await App.SendAsync(Actors.Clerk, m => m.Send(Instant()));

        var after = await App.SendAsync(Actors.CitySupervisor, m => m.Send(new GetCityComparison(today, today)));

        Assert.Equal([Center.DefaultId, Gaoting, Taohua, Shenjiamen], after.Select(c => c.CenterId));
        int Accepted(IReadOnlyList<CenterFigures> rows, int id) => rows.Single(r => r.CenterId == id).Accepted;
        Assert.Equal(Accepted(before, Gaoting) + 2, Accepted(after, Gaoting));
        Assert.Equal(Accepted(before, Center.DefaultId) + 1, Accepted(after, Center.DefaultId));
        Assert.Equal(100, after.Single(r => r.CenterId == Gaoting).InstantShare);
        Assert.Equal("岱山县", after.Single(r => r.CenterId == Gaoting).County);
        await Assert.ThrowsAsync<ClerkStation.Infrastructure.Security.AccessDeniedException>(
            async () => await App.SendAsync(Actors.Supervisor, m => m.Send(new GetCityComparison(today, today))));
    }
}
