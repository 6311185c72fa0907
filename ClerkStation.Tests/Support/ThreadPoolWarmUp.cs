[assembly: AssemblyFixture(typeof(ClerkStation.Tests.Support.ThreadPoolWarmUp))]

namespace ClerkStation.Tests.Support;

/// <summary>
/// The whole suite runs in one process: the browser tests' Kestrel server shares its thread pool with handler tests whose
/// SQLite calls block a thread each (Microsoft.Data.Sqlite is synchronous underneath, and a busy database waits up to
/// its busy timeout). On a 2-core CI machine the pool starts with 2 threads and adds about one a second, so a sign-in
/// post could wait 15 s for a thread. Start with enough threads for the collections xunit runs at once.
/// </summary>
public sealed class ThreadPoolWarmUp
{
    private const int MinimumThreads = 64;

    public ThreadPoolWarmUp()
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumThreads), Math.Max(completionPorts, MinimumThreads));
    }
}
