using ClerkStation.Domain.Queue;
using ClerkStation.Features.Devices;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Centers;

/// <summary>
/// A kiosk or hall display registered by a center's admin belongs to that center (ADR 0025): the kiosk's tickets are
/// the center's, the hall shows only its center's queue, and a ticket's position counts only its own center's line.
/// </summary>
public sealed class CenterDeviceTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_kiosk_and_hall_of_a_center_issue_and_show_only_that_centers_tickets()
    {
        await TestCenters.EnsureAsync(app, Ct);
        var admin = Actors.Admin.InCenter(TestCenters.Taohua);
        var kiosk = await app.SendAsync(admin, m => m.Send(new RegisterDevice("桃花镇取号机", DeviceKind.Kiosk)));
        var hall = await app.SendAsync(admin, m => m.Send(new RegisterDevice("桃花镇大厅屏", DeviceKind.HallDisplay)));
        var mainHall = await app.SendAsync(Actors.Admin, m => m.Send(new RegisterDevice("本中心大厅屏", DeviceKind.HallDisplay)));

        // Three people wait in the default center's line C, one takes a ticket at Taohua's kiosk.
        for (var i = 0; i < 3; i++)
        {
            await app.SendAsync(Actors.Supervisor, m => m.Send(new IssueTicket("C", PriorityReason.None)));
        }

        var issued = await app.SendAsync(null, m => m.Send(new IssueKioskTicket(kiosk.Link, "C", PriorityReason.None)));

        Assert.Equal(0, issued.PeopleAhead);
        await using (var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(Ct))
        {
            var stored = await db.QueueTickets.SingleAsync(t => t.Id == issued.TicketId, Ct);
            Assert.Equal((TestCenters.Taohua, 1), (stored.CenterId, stored.Sequence));
        }

        var board = await app.SendAsync(null, m => m.Send(new GetHallBoard(hall.Link)));
        Assert.Equal(1, board.Categories.Single(c => c.Category.Letter == "C").Waiting);
        var mainBoard = await app.SendAsync(null, m => m.Send(new GetHallBoard(mainHall.Link)));
        Assert.True(mainBoard.Categories.Single(c => c.Category.Letter == "C").Waiting >= 3);
        Assert.Equal(0, (await app.SendAsync(null, m => m.Send(new GetTicketPosition(issued.Token))))!.PeopleAhead);

        // The devices are listed by their own center's admin only.
        Assert.Contains(await app.SendAsync(admin, m => m.Send(new ListDevices())), d => d.Id == hall.Id);
        Assert.DoesNotContain(await app.SendAsync(Actors.Admin, m => m.Send(new ListDevices())), d => d.Id == hall.Id);
    }
}
