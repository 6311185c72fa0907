using ClerkStation.Domain.Queue;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Devices;

/// <summary>The hall display's board; only for a registered, unrevoked hall display.</summary>
[AllowAnonymousRequest]
public sealed record GetHallBoard(string? DeviceLink) : IQuery<HallBoard>;

/// <param name="Appointment">The ticket was checked in for an appointment (预约 on the board).</param>
public sealed record HallCall(string Number, int Window, DateTimeOffset CalledAt, int CallCount, bool Appointment = false);

public sealed record HallCategory(QueueCategory Category, int Waiting, int WaitMinutes);

/// <param name="Current">The latest call (big on the board); <paramref name="Recent"/> the six before it.</param>
public sealed record HallBoard(HallCall? Current, IReadOnlyList<HallCall> Recent, IReadOnlyList<HallCategory> Categories, string Announcement);

public sealed class GetHallBoardHandler(
    DeviceAccess devices, IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, QueueSettings settings,
    Microsoft.Extensions.Options.IOptions<QueueOptions> options) : IQueryHandler<GetHallBoard, HallBoard>
{
    public async ValueTask<HallBoard> Handle(GetHallBoard query, CancellationToken cancellationToken)
    {
        await devices.RequireAsync(query.DeviceLink, DeviceKind.HallDisplay, nameof(GetHallBoard), cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = await QueueFigures.LoadAsync(db, settings, clock.Today, clock.Now, cancellationToken);
        var calls = figures.Tickets
            .Where(t => t is { CalledAt: not null, Window: not null } && t.Status is TicketStatus.Serving or TicketStatus.Held or TicketStatus.Finished or TicketStatus.Missed)
            .OrderByDescending(t => t.CalledAt)
            .Take(7)
            .Select(t => new HallCall(t.Number, t.Window!.Value, t.CalledAt!.Value, t.CallCount, t.AppointmentStart is not null))
            .ToList();
        var categories = settings.Categories
            .Select(c => new HallCategory(c, figures.Waiting(c.Letter), figures.WaitMinutes(c.Letter, figures.Waiting(c.Letter))))
            .ToList();
        return new HallBoard(calls.FirstOrDefault(), calls.Skip(1).ToList(), categories, options.Value.CallAnnouncement);
    }
}
