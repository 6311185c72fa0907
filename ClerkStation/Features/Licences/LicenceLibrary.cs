using ClerkStation.Domain.Licences;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Licences;

/// <summary>What an import did: rows added, rows whose status or validity changed, and every row it could not take.</summary>
public sealed record LicenceImportReport(int Added, int Updated, int Unchanged, IReadOnlyList<LicenceRowProblem> Problems);

/// <summary>
/// The provincial licence library's stand-in: imports a library file (checked rows only) into a database. A licence already
/// held (same type and number) takes the file's status and validity, so a revocation in the library reaches the counter.
/// </summary>
public sealed class LicenceLibrary(CatalogStore store, CenterClock clock)
{
    public const string SeedFile = "licences/library.json";

    /// <param name="dryRun">Checks the file and counts what an import would do, without saving anything.</param>
    public async Task<LicenceImportReport> ImportAsync(ClerkDbContext db, string json, CancellationToken ct, bool dryRun = false)
    {
        var (rows, problems) = LicenceLibraryFile.Parse(json, store.Catalog, clock.Today);
        var types = rows.Select(r => r.TypeCode).Distinct().ToList();
        var numbers = rows.Select(r => r.Number).ToList();
        var held = await db.Licences.Where(l => types.Contains(l.TypeCode) && numbers.Contains(l.Number)).ToListAsync(ct);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var existing = held.Find(l => l.TypeCode == row.TypeCode && l.Number == row.Number);
            if (existing is null)
            {
                db.Licences.Add(Licence.Create(row.TypeCode, row.Number, row.HolderId, row.HolderName, row.IssuedOn, row.ValidUntil, row.Status, LicenceSource.Imported, null, clock.Now));
                added++;
            }
            else if (existing.Refresh(row.ValidUntil, row.Status))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        if (!dryRun)
        {
            await db.SaveChangesAsync(ct);
        }

        return new LicenceImportReport(added, updated, unchanged, problems);
    }
}

/// <summary>Demo mode: the shipped library file is imported into both workspaces at start-up (idempotent).</summary>
public sealed class DemoLicenceLibrary(ClerkDatabases databases, LicenceLibrary library, CatalogStore store, IOptions<DemoOptions> demo, ILogger<DemoLicenceLibrary> logger)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        var path = Path.Combine(Path.GetDirectoryName(store.Folder)!, LicenceLibrary.SeedFile);
        if (!demo.Value.Enabled || !File.Exists(path))
        {
            return;
        }

        var json = await File.ReadAllTextAsync(path, ct);
        foreach (var factory in new[] { databases.Production, databases.Practice })
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var report = await library.ImportAsync(db, json, ct);
            if (report.Problems.Count > 0)
            {
                throw new InvalidOperationException($"{LicenceLibrary.SeedFile}: {string.Join("; ", report.Problems)}");
            }

            logger.LogInformation("Licence library: {Added} added, {Updated} updated", report.Added, report.Updated);
        }
    }
}
