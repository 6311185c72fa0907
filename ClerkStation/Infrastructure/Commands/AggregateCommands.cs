using System.Linq.Expressions;
using ClerkStation.Domain.Common;
using ClerkStation.Infrastructure.Events;

namespace ClerkStation.Infrastructure.Commands;

/// <summary>What a command's work gets: its short-lived context, who sends it, and the center's clock read once.</summary>
public sealed record CommandContext(ClerkDbContext Db, Actor Actor, DateTimeOffset Now, DateOnly Today);

/// <summary>
/// The one path of every aggregate command: open a short-lived context, load, let the aggregate act, add the audit row,
/// save (one transaction), then publish the aggregates' domain events. A missing record is a
/// <see cref="DomainRuleException"/> with the caller's not-found code; refusals come straight from the domain.
/// </summary>
public sealed class AggregateCommands(
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CenterClock clock, DomainEventDispatcher events)
{
    /// <summary>Loads the one aggregate <paramref name="which"/> names and lets <paramref name="act"/> change it.</summary>
    public Task<T> RunAsync<T>(
        Expression<Func<T, bool>> which, string notFoundCode, Action<T, CommandContext> act, CancellationToken cancellationToken,
        Func<CommandContext, T, DbUpdateConcurrencyException, Task<Exception>>? explainConflict = null)
        where T : AggregateRoot =>
        RunAsync(which, notFoundCode, (aggregate, command) =>
        {
            act(aggregate, command);
            return Task.CompletedTask;
        }, cancellationToken, explainConflict);

    /// <inheritdoc cref="RunAsync{T}(Expression{Func{T, bool}}, string, Action{T, CommandContext}, CancellationToken, Func{CommandContext, T, DbUpdateConcurrencyException, Task{Exception}}?)"/>
    public Task<T> RunAsync<T>(
        Expression<Func<T, bool>> which, string notFoundCode, Func<T, CommandContext, Task> act, CancellationToken cancellationToken,
        Func<CommandContext, T, DbUpdateConcurrencyException, Task<Exception>>? explainConflict = null)
        where T : AggregateRoot =>
        RunAsync(async command =>
        {
            var aggregate = await command.Db.Set<T>().FirstOrDefaultAsync(which, cancellationToken)
                ?? throw DomainRuleException.NotFound(notFoundCode, typeof(T).Name);
            await act(aggregate, command);
            return aggregate;
        }, cancellationToken, explainConflict is null ? null : (command, ex) => explainConflict(command, TrackedSingle<T>(command.Db), ex));

    /// <summary>
    /// The general form, for commands that create aggregates or change several: <paramref name="work"/> adds or changes
    /// them through <see cref="CommandContext.Db"/>; saving, the audit row and the events are done here.
    /// </summary>
    public async Task<TResult> RunAsync<TResult>(
        Func<CommandContext, Task<TResult>> work, CancellationToken cancellationToken,
        Func<CommandContext, DbUpdateConcurrencyException, Task<Exception>>? explainConflict = null) =>
        await RunAsync(await SignedInAsync(), work, cancellationToken, explainConflict);

    /// <summary>
    /// The general form for a command sent by someone else than the signed-in staff member on the current center's clock
    /// (<see cref="CommandParty"/>: a kiosk, an applicant by token, a reaction to an event, a row of another center):
    /// otherwise exactly the same.
    /// </summary>
    public async Task<TResult> RunAsync<TResult>(
        CommandParty party, Func<CommandContext, Task<TResult>> work, CancellationToken cancellationToken,
        Func<CommandContext, DbUpdateConcurrencyException, Task<Exception>>? explainConflict = null)
    {
        await using var db = await (party.Database ?? dbFactory).CreateDbContextAsync(cancellationToken);
        var command = party.Start(db);
        var result = await work(command);
        var fromDeleted = DomainEventDispatcher.TakeFromDeleted(db);
        await SaveAsync(command, explainConflict, cancellationToken);
        await events.DispatchAsync(db, fromDeleted, cancellationToken);
        return result;
    }

    /// <summary>
    /// Like <see cref="RunAsync{TResult}(Func{CommandContext, Task{TResult}}, CancellationToken, Func{CommandContext, DbUpdateConcurrencyException, Task{Exception}}?)"/>,
    /// but the write transaction is opened before <paramref name="work"/> reads anything: on SQLite the in-process gate
    /// and <c>BEGIN IMMEDIATE</c> (ADR 0022), so what the work reads cannot change before its save commits. On
    /// PostgreSQL <paramref name="lockPostgres"/> takes the lock the work needs (ADR 0024).
    /// </summary>
    public async Task<TResult> RunInWriteTransactionAsync<TResult>(
        Func<CommandContext, Task<TResult>> work, Func<ClerkDbContext, Task> lockPostgres, CancellationToken cancellationToken) =>
        await RunInWriteTransactionAsync(await SignedInAsync(), work, lockPostgres, cancellationToken);

    /// <summary>The write-transaction form for a <see cref="CommandParty"/> (a kiosk's ticket, an API client's pre-application).</summary>
    public async Task<TResult> RunInWriteTransactionAsync<TResult>(
        CommandParty party, Func<CommandContext, Task<TResult>> work, Func<ClerkDbContext, Task> lockPostgres, CancellationToken cancellationToken)
    {
        await using var db = await (party.Database ?? dbFactory).CreateDbContextAsync(cancellationToken);
        TResult result;
        IReadOnlyList<IDomainEvent> fromDeleted;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!db.Database.IsSqlite())
            {
                await lockPostgres(db);
            }
            // The clock is read once the lock is held: calls that queued for it stay in the order they were served.
            var command = party.Start(db);
            result = await work(command);
            fromDeleted = DomainEventDispatcher.TakeFromDeleted(db);
            await SaveAsync(command, null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await events.DispatchAsync(db, fromDeleted, cancellationToken);
        return result;
    }

    /// <summary>
    /// Whoever is signed in (a clerk at the counter's ticket desk, the clerk whose change an event handler reacts to), or
    /// <see cref="CommandParty.Nobody"/> (a kiosk, an applicant by token), on <paramref name="clock"/>.
    /// </summary>
    public async Task<CommandParty> AnyoneAsync(CenterTime clock) => new(await currentUser.FindAsync() ?? CommandParty.Nobody, clock);

    private async Task<CommandParty> SignedInAsync() => new(await currentUser.RequireAsync(), clock.Current);

    private static async Task SaveAsync(
        CommandContext command, Func<CommandContext, DbUpdateConcurrencyException, Task<Exception>>? explainConflict, CancellationToken cancellationToken)
    {
        CommandAudit.AddTo(command.Db, command.Actor, command.Now);
        try
        {
            await command.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex) when (explainConflict is not null)
        {
            throw await explainConflict(command, ex);
        }
    }

    private static T TrackedSingle<T>(ClerkDbContext db)
        where T : AggregateRoot =>
        db.ChangeTracker.Entries<T>().Select(e => e.Entity).First();
}
