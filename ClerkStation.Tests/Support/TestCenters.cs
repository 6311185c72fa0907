using ClerkStation.Domain.Centers;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Support;

/// <summary>Centers besides the default one (ADR 0018), added to a test app's database once.</summary>
public static class TestCenters
{
    public const int Gaoting = 2;
    public const int Taohua = 3;
    public const int Shenjiamen = 4;

    public static IReadOnlyList<Center> All() =>
    [
        Center.Create(Gaoting, "gaoting", "高亭镇便民服务中心", "岱山县", "GT", "Asia/Shanghai"),
        Center.Create(Taohua, "taohua", "桃花镇便民服务中心", "普陀区", "TH", "Asia/Shanghai"),
        Center.Create(Shenjiamen, "shenjiamen", "沈家门街道便民服务中心", "普陀区", "SJM", "Asia/Shanghai"),
    ];

    public static async Task EnsureAsync(ClerkAppFactory app, CancellationToken ct)
    {
        var databases = app.Services.GetRequiredService<ClerkDatabases>();
        await using (var db = await databases.Production.CreateDbContextAsync(ct))
        {
            foreach (var center in All())
            {
                if (!await db.Centers.AnyAsync(c => c.Id == center.Id, ct))
                {
                    db.Centers.Add(center);
                }
            }

            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another test of the class added them at the same moment.
            }
        }

        await app.Services.GetRequiredService<CenterDirectory>().ReloadAsync(ct);
    }
}
