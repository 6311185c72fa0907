using ClerkStation.Domain.Queue;
using ClerkStation.Domain.Staff;
using ClerkStation.Features.Devices;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

/// <summary>
/// The hall display's server cost per live update (part of `queue`): every queue change makes each open /hall reload its
/// board through the mediator (device check, today's tickets, the projection). With 500 tickets waiting over every
/// category and six calls made, the board is loaded 300 times one after another; wall time, CPU and bytes allocated
/// per update are printed.
/// </summary>
public static class HallProbe
{
    private const int Updates = 300;

    public static async Task RunAsync(IServiceProvider services, Action<Actor?> actAs)
    {
        string link;
        actAs(Actor.Create("bench-admin", "管理员", [StaffRole.Admin]));
        await using (var scope = services.CreateAsyncScope())
        {
            link = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RegisterDevice("大厅屏", DeviceKind.HallDisplay))).Link;
        }
        actAs(null);
        await FillAsync(services);

        var samples = new Samples();
        long allocated = 0;
        HallBoard? board = null;
        for (var i = 0; i < Updates + 20; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var s = i < 20 ? new Samples() : samples;
            board = await s.TimeAsync(() => mediator.Send(new GetHallBoard(link)).AsTask());
            if (i >= 20)
            {
                allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
            }
        }
        Console.WriteLine($"\nhall board, one live update ({board!.Recent.Count + 1} calls shown, {board.Categories.Sum(c => c.Waiting)} waiting in {board.Categories.Count} categories), {Updates} updates, {Samples.LoadAverage()}");
        Console.WriteLine(Samples.Header);
        Console.WriteLine(samples.Row("GetHallBoard through the mediator"));
        Console.WriteLine($"allocated per update: {allocated / Updates / 1024.0:N0} KiB");
    }

    /// <summary>An empty hall, 500 tickets waiting spread over every category, then seven called (one current, six before).</summary>
    private static async Task FillAsync(IServiceProvider services)
    {
        var now = services.GetRequiredService<CenterClocks>().Default.Now;
        var today = DateOnly.FromDateTime(now.DateTime);
        var settings = services.GetRequiredService<QueueSettings>();
        var categories = settings.Categories.ToList();
        await using var db = await services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync();
        await db.Visits.ExecuteDeleteAsync();
        await db.QueueTickets.ExecuteDeleteAsync();
        await db.WindowSeats.ExecuteDeleteAsync();
        var tickets = Enumerable.Range(1, 507).Select(i => QueueTicket.Issue(
            categories[i % categories.Count], i, PriorityReason.None, null, Guid.NewGuid().ToString("N"), now.AddSeconds(i - 600), today)).ToList();
        for (var n = 1; n <= 7; n++)
        {
            var clerk = Actor.Create("bench-hall-" + n, "窗口" + n, [StaffRole.Clerk]);
            var window = settings.Windows[n - 1];
            db.Visits.Add(tickets.First(t => t.Status == TicketStatus.Waiting && t.IsCallableBy(window)).Call(clerk, window, now.AddSeconds(n), today));
        }
        db.QueueTickets.AddRange(tickets);
        await db.SaveChangesAsync();
    }
}
