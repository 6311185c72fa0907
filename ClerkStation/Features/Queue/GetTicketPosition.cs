using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Queue;

/// <summary>The phone page (/q/{token}): the ticket's place, found only by its unguessable token; null for an unknown one.</summary>
[AllowAnonymousRequest]
public sealed record GetTicketPosition(string Token) : IQuery<TicketPosition?>;

public sealed class GetTicketPositionHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, QueueSettings settings)
    : IQueryHandler<GetTicketPosition, TicketPosition?>
{
    public async ValueTask<TicketPosition?> Handle(GetTicketPosition query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Token) || query.Token.Length > 64)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ticket = await db.QueueTickets.AcrossCenters().AsNoTracking().Where(t => t.Token == query.Token)
            .Select(t => new { t.Day, t.CenterId }).FirstOrDefaultAsync(cancellationToken);
        if (ticket is null)
        {
            return null;
        }

        // The position counts the tickets ahead in the ticket's own center only.
        db.CenterScope = ticket.CenterId;
        var figures = await QueueFigures.LoadAsync(db, settings, ticket.Day, clock.For(ticket.CenterId).Now, cancellationToken);
        return figures.PositionOf(figures.Tickets.Single(t => t.Token == query.Token));
    }
}
