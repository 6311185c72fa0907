using ClerkStation.Domain.Centers;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Infrastructure;

/// <summary>
/// The centers of the deployment, read once at start-up and again after the city administrator changes one, so the
/// number prefix of a center is known without a query on every acceptance.
/// </summary>
public sealed class CenterDirectory(ClerkDatabases databases)
{
    private volatile IReadOnlyDictionary<int, Center> _centers = new Dictionary<int, Center>();

    public IReadOnlyCollection<Center> All => _centers.Values.OrderBy(c => c.Id).ToList();

    public Center? Find(int id) => _centers.GetValueOrDefault(id);

    public async Task ReloadAsync(CancellationToken ct = default)
    {
        await using var db = await databases.Production.CreateDbContextAsync(ct);
        _centers = (await db.Centers.AsNoTracking().ToListAsync(ct)).ToDictionary(c => c.Id);
    }
}
