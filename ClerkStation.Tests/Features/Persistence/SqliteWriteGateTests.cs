using ClerkStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Persistence;

/// <summary>
/// Writers of one SQLite file wait their turn at the app's gate, without a blocked thread, instead of spinning in
/// SQLite's busy handler (ADR 0022); the gate opens at commit, rollback, or when a transaction's connection closes.
/// </summary>
[Trait("Database", "SqliteOnly")]
public sealed class SqliteWriteGateTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"clerk-gate-{Guid.NewGuid():N}.db");
    private readonly DatabaseSettings _settings;

    public SqliteWriteGateTests()
    {
        _settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_file}", $"Data Source={_file}.practice");
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_second_writer_awaits_the_first_without_blocking_its_thread_and_goes_on_at_its_commit()
    {
        await using var first = NewContext();
        await using var firstTransaction = await first.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);

        await using var second = NewContext();
        // Without the gate this call blocks its thread inside SQLite's busy loop (and fails after the busy timeout):
        // here it returns at once with a task that waits.
        var call = Task.Factory.StartNew(
            () => second.Database.BeginTransactionAsync(TestContext.Current.CancellationToken),
            TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var returned = await Task.WhenAny(call, Task.Delay(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken));
        Assert.Same(call, returned);
        var waiting = await call;
        Assert.False(waiting.IsCompleted);

        await firstTransaction.CommitAsync(TestContext.Current.CancellationToken);
        await using var secondTransaction = await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await secondTransaction.CommitAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_transaction_abandoned_by_an_exception_opens_the_gate_when_its_context_is_disposed()
    {
        var first = NewContext();
        await first.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        await using var second = NewContext();
        var waiting = second.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);

        await first.DisposeAsync(); // no commit, no rollback: what an exception between the two leaves behind

        // Well before the gate's own 10 s timeout: the closed connection let the next writer in.
        await using var secondTransaction = await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        await secondTransaction.CommitAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Thirty_concurrent_writers_all_commit()
    {
        var writers = Enumerable.Range(0, 30).Select(i => Task.Run(async () =>
        {
            await using var db = NewContext();
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            db.NumberSequences.Add(new NumberSequence { Prefix = "gate-" + i, Day = "20261201", Last = i });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            await Task.Delay(10, TestContext.Current.CancellationToken);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken));
        await Task.WhenAll(writers);

        await using var check = NewContext();
        Assert.Equal(30, await check.NumberSequences.CountAsync(n => n.Prefix.StartsWith("gate-"), TestContext.Current.CancellationToken));
    }

    private ClerkDbContext NewContext() => _settings.Create(_settings.Options(_settings.Production, []));
}
