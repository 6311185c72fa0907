namespace ClerkStation.Infrastructure.Persistence;

/// <summary>Independent read queries side by side: SQLite serves concurrent readers on separate connections.</summary>
public static class ConcurrentReads
{
    /// <summary>
    /// Runs <paramref name="query"/> on its own context on the thread pool; Task.Run because Microsoft.Data.Sqlite's async
    /// calls complete synchronously, so awaiting them alone would run the queries one after the other.
    /// </summary>
    public static Task<T> RunAsync<T>(this IDbContextFactory<ClerkDbContext> dbFactory, Func<ClerkDbContext, Task<T>> query, CancellationToken ct) =>
        Task.Run(async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await query(db);
        }, ct);
}
