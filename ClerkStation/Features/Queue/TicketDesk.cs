using System.Security.Cryptography;
using ClerkStation.Domain.Appointments;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Commands;

namespace ClerkStation.Features.Queue;

/// <summary>
/// Issues a ticket, for the kiosk (a registered device, nobody signed in) and the counter alike, through the one command
/// path: the day's number of the category and the ticket in one write transaction, then the hall hears of it. A double tap makes two tickets, as a
/// second press of a paper machine does; the kiosk page disables its buttons while one is printed.
/// </summary>
public sealed class TicketDesk(AggregateCommands commands, IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock, QueueSettings settings)
{
    public async Task<TicketPosition> IssueAsync(string categoryLetter, PriorityReason priority, CancellationToken ct) =>
        (await IssueAsync(settings.Category(categoryLetter), priority, null, ct)).Position;

    /// <summary>
    /// 预约签到: the booking is checked in and its ticket issued in one transaction; on time the ticket carries the slot
    /// (called ahead from the slot's start), late it is an ordinary ticket. Two kiosks checking in one booking at once:
    /// the second save fails on the booking's version and is refused as already used.
    /// </summary>
    public async Task<(TicketPosition Position, Appointment Appointment)> CheckInAsync(Guid appointmentId, PriorityReason priority, CancellationToken ct)
    {
        try
        {
            var (position, appointment) = await IssueAsync(null, priority, appointmentId, ct);
            return (position, appointment!);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainRuleException(AppointmentRuleCodes.NotBooked, "The booking was checked in at another kiosk a moment ago.");
        }
    }

    private async Task<(TicketPosition Position, Appointment? Appointment)> IssueAsync(QueueCategory? category, PriorityReason priority, Guid? appointmentId, CancellationToken ct)
    {
        // The clerk at the counter, or nobody at a kiosk (whose request acts for the device's center: DeviceAccess).
        var party = await commands.AnyoneAsync(clock.Current);
        var (ticket, appointment, now, today) = await commands.RunInWriteTransactionAsync(party, async command =>
        {
            Appointment? booking = null;
            if (appointmentId is { } id)
            {
                booking = await command.Db.Appointments.SingleOrDefaultAsync(a => a.Id == id, ct)
                    ?? throw DomainRuleException.NotFound(AppointmentRuleCodes.NotFound, "Booking");
                category = settings.Category(booking.Category);
                booking.CheckIn(command.Now, command.Today);
            }

            var sequence = await NumberGenerator.NextAsync(command.Db, "Q" + category!.Letter, command.Today, ct);
            // A late check-in hands over the slot too: the ticket itself makes a slot that has ended an ordinary ticket.
            var issued = QueueTicket.Issue(category, sequence, priority, booking?.Slot, NewToken(), command.Now, command.Today);
            booking?.AttachTicket(issued.Number);
            command.Db.QueueTickets.Add(issued);
            return (issued, booking, command.Now, command.Today);
        }, _ => Task.CompletedTask, ct);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var figures = await QueueFigures.LoadAsync(db, settings, today, now, ct);
        return (figures.PositionOf(figures.Tickets.Single(t => t.Id == ticket.Id)), appointment);
    }

    /// <summary>The phone page's address secret: 128 random bits, URL-safe.</summary>
    private static string NewToken() => Base64UrlText(RandomNumberGenerator.GetBytes(16));

    internal static string Base64UrlText(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
