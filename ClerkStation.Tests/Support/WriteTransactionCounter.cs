using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ClerkStation.Tests.Support;

/// <summary>
/// Counts the write transactions the app commits: every explicit transaction that commits, and every writing statement
/// run outside one (SQLite commits each of those on its own).
/// </summary>
public sealed class WriteTransactionCounter : DbTransactionInterceptor, IDbCommandInterceptor
{
    private int _commits;
    private int _autocommitWrites;

    public int Count => Volatile.Read(ref _commits) + Volatile.Read(ref _autocommitWrites);

    public void Reset()
    {
        Volatile.Write(ref _commits, 0);
        Volatile.Write(ref _autocommitWrites, 0);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _commits);
        return Task.CompletedTask;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Interlocked.Increment(ref _commits);

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Observed(command, result);

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Observed(command, result));

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Observed(command, result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Observed(command, result));

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Observed(command, result);

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Observed(command, result));

    /// <summary>Counts the command if it writes outside a transaction, and lets it run unchanged.</summary>
    private T Observed<T>(DbCommand command, T result)
    {
        if (command.Transaction is null && IsWrite(command.CommandText))
        {
            Interlocked.Increment(ref _autocommitWrites);
        }

        return result;
    }

    private static bool IsWrite(string sql)
    {
        var text = sql.TrimStart();
        return new[] { "INSERT", "UPDATE", "DELETE", "REPLACE" }.Any(w => text.StartsWith(w, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The app with a <see cref="WriteTransactionCounter"/> on both databases.</summary>
public sealed class CountingAppFactory : ClerkAppFactory
{
    public WriteTransactionCounter Writes { get; } = new();

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IInterceptor>(services, Writes));
    }
}
