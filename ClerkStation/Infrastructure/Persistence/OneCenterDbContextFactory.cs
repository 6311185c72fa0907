namespace ClerkStation.Infrastructure.Persistence;

/// <summary>Hands out contexts scoped to one center (ADR 0018), so every query and raw SQL sees that center only.</summary>
public sealed class OneCenterDbContextFactory(IDbContextFactory<ClerkDbContext> inner, int centerId) : IDbContextFactory<ClerkDbContext>
{
    public ClerkDbContext CreateDbContext()
    {
        var db = inner.CreateDbContext();
        db.CenterScope = centerId;
        return db;
    }
}
