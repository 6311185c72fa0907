using ClerkStation.Infrastructure.Practice;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClerkStation.Features.CaseFile;

/// <summary>/healthz: every page row of the production database has its file; a missing one is reported as Degraded (data loss to look at, while the app still serves).</summary>
internal sealed class CaseFileHealthCheck(CaseFileStore store, ClerkDatabases databases) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var root = store.RootFor(WorkspaceKind.Production);
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var hashes = await db.Set<MaterialPage>().Select(p => p.Hash).Distinct().ToListAsync(cancellationToken);
        var missing = hashes.Where(h => !File.Exists(CaseFileStore.PathOf(root, h))).ToList();
        var data = new Dictionary<string, object> { ["files"] = hashes.Count, ["missing"] = missing.Count };
        return missing.Count == 0
            ? HealthCheckResult.Healthy($"case file ok: {hashes.Count} files", data)
            : HealthCheckResult.Degraded($"case file: {missing.Count} page rows without their file (first {missing[0][..12]})", data: data);
    }
}
