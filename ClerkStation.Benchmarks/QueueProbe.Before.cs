using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;
using ClerkStation.Features.Queue;
using ClerkStation.Infrastructure.Commands;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClerkStation.Benchmarks;

// The handler the probe compares against: call-next before ADR 0024.
public static partial class QueueProbe
{
    /// <summary>CallNext as it was on main at 6adebd4: candidates read without the write lock, a lost race retried.</summary>
    private static class Before
    {
        public static async Task<CalledTicket?> CallAsync(IServiceProvider sp, int number)
        {
            var settings = sp.GetRequiredService<QueueSettings>();
            var commands = sp.GetRequiredService<AggregateCommands>();
            var dbFactory = sp.GetRequiredService<IDbContextFactory<ClerkDbContext>>();
            var window = settings.Window(number);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await WindowSeats.RefusingTakenAsync(dbFactory, window.Number, () => commands.RunAsync(cmd => CallAsync(cmd, window), default), default);
                }
                catch (DbUpdateConcurrencyException) when (attempt < 60)
                {
                    // Another window called the same ticket first.
                }
            }
        }

        private static async Task<CalledTicket?> CallAsync(CommandContext cmd, QueueWindow window)
        {
            var db = cmd.Db;
            if (await db.QueueTickets.AnyAsync(t => t.ServedById == cmd.Actor.UserId && (t.Status == TicketStatus.Serving || t.Status == TicketStatus.Held)))
            {
                throw new DomainRuleException(QueueRuleCodes.AlreadyServing, "Finish, transfer or mark the current ticket first.");
            }
            await WindowSeats.SeatAsync(db, window, cmd.Actor.UserId, cmd.Actor.DisplayName, cmd.Now, default);
            var waiting = await CallCandidates.LoadAsync(db, cmd.Today, window, default);
            if (CallOrder.Next(waiting, window, cmd.Now) is not { } next)
            {
                CommandAudit.Unchanged();
                return null;
            }
            db.QueueTickets.Attach(next);
            var visit = next.Call(cmd.Actor, window, cmd.Now, cmd.Today);
            db.Visits.Add(visit);
            return new CalledTicket(next.Id, next.Number, window.Number, visit.Id);
        }
    }
}
