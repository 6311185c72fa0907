using ClerkStation.Infrastructure.Hosting;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// Removes what a crash or a failed commit left in the file store: temporary files, and stored files that no page row
/// names, once they are older than the grace period (a younger one may belong to an upload still committing).
/// Runs for both workspaces, each against its own database.
/// </summary>
public sealed class OrphanFileSweeper(CaseFileStore store, ClerkDatabases databases, TimeProvider time, ILogger<OrphanFileSweeper> log)
    : PeriodicWork(time, log)
{
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken ct)
    {
        var removed = 0;
        foreach (var kind in new[] { WorkspaceKind.Production, WorkspaceKind.Practice })
        {
            var root = store.RootFor(kind);
            if (!Directory.Exists(root))
            {
                continue;
            }

            var cutoff = (now - store.Options.OrphanGrace).UtcDateTime;
            var old = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => File.GetLastWriteTimeUtc(f) < cutoff).ToList();
            if (old.Count == 0)
            {
                continue;
            }

            await using var db = await databases.For(kind).CreateDbContextAsync(ct);
            var hashes = old.Select(HashOf).OfType<string>().Distinct().ToList();
            var named = new HashSet<string>();
            foreach (var chunk in hashes.Chunk(500))
            {
                named.UnionWith(await db.Set<MaterialPage>().Where(p => chunk.Contains(p.Hash)).Select(p => p.Hash).Distinct().ToListAsync(ct));
            }

            foreach (var path in old.Where(f => HashOf(f) is not { } h || !named.Contains(h)))
            {
                File.Delete(path);
                removed++;
            }
        }

        return removed;
    }

    /// <summary>The hash a stored file or thumbnail belongs to; null for a temporary file.</summary>
    private static string? HashOf(string path)
    {
        var name = Path.GetFileName(path);
        var hash = name.EndsWith(".thumb.jpg", StringComparison.Ordinal) ? name[..^".thumb.jpg".Length] : name;
        return hash.Length == 64 && Path.GetFileName(Path.GetDirectoryName(path)) != "tmp" ? hash : null;
    }

    protected override TimeSpan Interval => store.Options.SweepInterval;

    protected override bool RunsAtStart => true;

    protected override string WorkName => "Case file sweep";

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var removed = await SweepAsync(Time.GetUtcNow(), ct);
        if (removed > 0)
        {
            Log.LogInformation("Case file sweeper removed {Count} orphaned files", removed);
        }
    }
}
