using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Devices;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>Kiosks and hall displays open their pages and send their requests only with their own unrevoked link.</summary>
public sealed class DeviceLinkTests : FreshAppTest<QueueAppFactory>
{
    [Fact]
    public async Task A_registered_kiosk_issues_tickets_and_a_revoked_one_is_refused()
    {
        var kiosk = await App.SendAsync(Actors.Admin, new RegisterDevice("大厅取号机1", DeviceKind.Kiosk));
        Assert.Equal(DeviceCheck.Valid, await App.SendAsync(null, new CheckDevice(kiosk.Link, DeviceKind.Kiosk)));
        var ticket = await App.SendAsync(null, new IssueKioskTicket(kiosk.Link, "A", PriorityReason.Pregnancy));
        Assert.Equal("A001", ticket.Number);

        await App.SendAsync(Actors.Admin, new RevokeDevice(kiosk.Id));
        Assert.Equal(DeviceCheck.Revoked, await App.SendAsync(null, new CheckDevice(kiosk.Link, DeviceKind.Kiosk)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new IssueKioskTicket(kiosk.Link, "A", PriorityReason.None)));
        Assert.NotNull((await App.SendAsync(Actors.Admin, new ListDevices())).Single(d => d.Id == kiosk.Id).RevokedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-link")]
    [InlineData("00000000000000000000000000000000.secret")]
    public async Task Malformed_or_unknown_links_are_refused(string link)
    {
        Assert.Equal(DeviceCheck.Unknown, await App.SendAsync(null, new CheckDevice(link, DeviceKind.Kiosk)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new IssueKioskTicket(link, "A", PriorityReason.None)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new GetHallBoard(link)));
    }

    [Fact]
    public async Task The_secret_is_stored_hashed_and_a_wrong_secret_or_kind_is_refused()
    {
        var hall = await App.SendAsync(Actors.Admin, new RegisterDevice("大厅屏", DeviceKind.HallDisplay));
        var secret = hall.Link[33..];
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var stored = await db.QueueDevices.SingleAsync(d => d.Id == hall.Id, TestContext.Current.CancellationToken);
            Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);
        }

        var wrong = (secret[0] == 'x' ? "y" : "x") + secret[1..];
        Assert.Equal(DeviceCheck.Unknown, await App.SendAsync(null, new CheckDevice(hall.Link[..33] + wrong, DeviceKind.HallDisplay)));
        Assert.Equal(DeviceCheck.Unknown, await App.SendAsync(null, new CheckDevice(hall.Link, DeviceKind.Kiosk)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => App.SendAsync(null, new IssueKioskTicket(hall.Link, "A", PriorityReason.None)));
    }

    [Fact]
    public async Task The_hall_board_shows_the_call_the_last_calls_and_the_waiting_per_category()
    {
        var hall = await App.SendAsync(Actors.Admin, new RegisterDevice("大厅屏", DeviceKind.HallDisplay));
        var boss = Actor.Create("d-boss", "值班长", [StaffRole.Supervisor]);
        for (var i = 0; i < 3; i++)
        {
            await App.SendAsync(boss, new IssueTicket("A", PriorityReason.None));
        }
        await App.SendAsync(boss, new IssueTicket("C", PriorityReason.None));
        var clerk = Actor.Create("d-clerk", "窗口", [StaffRole.Clerk]);
        var first = (await App.SendAsync(clerk, new CallNext(1)))!;
        await App.SendAsync(clerk, new FinishVisit(first.TicketId));
        App.Clock.Now = FixedClockAppFactory.Now.AddMinutes(1);
        await App.SendAsync(clerk, new CallNext(1));

        var board = await App.SendAsync(null, new GetHallBoard(hall.Link));
        Assert.Equal(("A002", 1), (board.Current!.Number, board.Current.Window));
        Assert.Equal(["A001"], board.Recent.Select(c => c.Number));
        Assert.Equal((1, 1), (board.Categories.Single(c => c.Category.Letter == "A").Waiting, board.Categories.Single(c => c.Category.Letter == "C").Waiting));
        Assert.Equal(5, board.Categories.Count);
    }
}
