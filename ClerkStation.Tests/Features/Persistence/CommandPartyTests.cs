using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Api;
using ClerkStation.Features.Devices;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Realtime;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Persistence;

/// <summary>
/// The one command path for senders who are not a signed-in clerk (a kiosk, an API client) and for another center's
/// clock: the change and its audit row in one write transaction, the events heard only after it, and nothing heard
/// when the save fails.
/// </summary>
public sealed class CommandPartyTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Records, for each change a subscriber of <paramref name="topic"/> hears, whether its row was <paramref name="saved"/> by then.</summary>
    private IDisposable Listen(string topic, Func<string?, Task<bool>> saved, List<bool> heard) =>
        app.Services.GetRequiredService<LiveUpdates>().Subscribe(t => t == topic, async change =>
        {
            var wasSaved = await saved(change.CaseNumber);
            lock (heard)
            {
                heard.Add(wasSaved);
            }
        });

    private async Task<bool> TicketSavedAsync(string? number)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        return await db.QueueTickets.AnyAsync(t => t.Number == number, Ct);
    }

    private async Task<AuditEntry> AuditRowAsync(string action)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        return await db.AuditEntries.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).LastAsync(Ct);
    }

    [Fact]
    public async Task A_kiosk_ticket_and_its_audit_row_commit_in_one_write_transaction_and_the_hall_hears_it_after()
    {
        var kiosk = await app.SendAsync(Actors.Admin, new RegisterDevice("大厅取号机 " + Guid.NewGuid().ToString("N")[..6], DeviceKind.Kiosk));
        var heard = new List<bool>();
        using var subscription = Listen(LiveUpdates.QueueTopic, TicketSavedAsync, heard);

        app.Writes.Reset();
        var ticket = await app.SendAsync(null, new IssueKioskTicket(kiosk.Link, "A", PriorityReason.None));

        Assert.Equal(1, app.Writes.Count);
        Assert.Equal([true], heard);
        var row = await AuditRowAsync(nameof(IssueKioskTicket));
        Assert.Equal((string.Empty, string.Empty, true), (row.UserId, row.UserName, row.Succeeded)); // nobody signed in, as before
        Assert.True(await TicketSavedAsync(ticket.Number));
    }

    [Fact]
    public async Task A_pre_application_accepted_at_once_reaches_its_department_after_the_save()
    {
        var heard = new List<bool>();
        using var subscription = Listen(LiveUpdates.DepartmentTopic("gjj"), async number =>
        {
            await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct);
            return await db.Cases.AnyAsync(c => c.Number == number, Ct);
        }, heard);

        app.Writes.Reset();
        var submitted = await app.SendAsync(Actors.ApiClient, new SubmitPreApplication(
            Guid.NewGuid().ToString(), Guid.NewGuid().ToString("N"), Channel.Kiosk, "GJJ-012",
            new Applicant(ApplicantKind.Person, "张自助", TestIds.WangFang, "13812345678"),
            """{"hpfFromCity":"宁波市","hpfFromCentre":"宁波市住房公积金管理中心"}""",
            new Dictionary<string, MaterialStatus> { ["id-card"] = MaterialStatus.Original }));

        Assert.Equal("Accepted", submitted.Receipt.Status);
        Assert.Equal(1, app.Writes.Count);
        Assert.NotEmpty(heard);
        Assert.All(heard, Assert.True);
        Assert.Equal(Actors.ApiClient.UserId, (await AuditRowAsync(nameof(SubmitPreApplication))).UserId);
    }

    [Fact]
    public async Task A_failed_save_publishes_nothing()
    {
        await app.SendAsync(Actors.Clerk, new ClerkStation.Features.Queue.IssueTicket("A", PriorityReason.None));
        await using var scope = app.ScopeAs(null);
        string existingToken;
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct))
        {
            existingToken = (await db.QueueTickets.AsNoTracking().FirstAsync(Ct)).Token;
        }
        var heard = new List<bool>();
        using var subscription = Listen(LiveUpdates.QueueTopic, _ => Task.FromResult(true), heard);
        var commands = scope.ServiceProvider.GetRequiredService<AggregateCommands>();
        var party = new CommandParty(CommandParty.Nobody, scope.ServiceProvider.GetRequiredService<CenterClocks>().Default);
        var category = scope.ServiceProvider.GetRequiredService<QueueSettings>().Category("A");

        // The ticket raises its TicketChanged; its token is already taken, so the save fails on the unique index.
        await Assert.ThrowsAsync<DbUpdateException>(() => commands.RunAsync(party, command =>
        {
            command.Db.QueueTickets.Add(QueueTicket.Issue(category, 999, PriorityReason.None, null, existingToken, command.Now, command.Today));
            return Task.FromResult(0);
        }, Ct));

        Assert.Empty(heard);
        Assert.False(await TicketSavedAsync("A999"));
    }
}
