using System.Security.Cryptography;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Events;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Queue;

/// <summary>
/// Issues a ticket, for the kiosk (a registered device, nobody signed in) and the counter alike: the day's number of the
/// category and the ticket in one transaction, then the hall hears of it. A double tap makes two tickets, as a
/// second press of a paper machine does; the kiosk page disables its buttons while one is printed.
/// </summary>
public sealed class TicketDesk(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, QueueSettings settings, DomainEventDispatcher events)
{
    public async Task<TicketPosition> IssueAsync(string categoryLetter, PriorityReason priority, CancellationToken ct)
    {
        var category = settings.Category(categoryLetter);
        var now = clock.Now;
        var today = DateOnly.FromDateTime(now.DateTime);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        QueueTicket ticket;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var sequence = await NumberGenerator.NextAsync(db, "Q" + category.Letter, today, ct);
            ticket = QueueTicket.Issue(category, sequence, priority, null, NewToken(), now);
            db.QueueTickets.Add(ticket);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        await events.DispatchAsync(db, ct);
        var figures = await QueueFigures.LoadAsync(db, settings, today, now, ct);
        return figures.PositionOf(figures.Tickets.Single(t => t.Id == ticket.Id));
    }

    /// <summary>The phone page's address secret: 128 random bits, URL-safe.</summary>
    private static string NewToken() => Base64UrlText(RandomNumberGenerator.GetBytes(16));

    internal static string Base64UrlText(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
