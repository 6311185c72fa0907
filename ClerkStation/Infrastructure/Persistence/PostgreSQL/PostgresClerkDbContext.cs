using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL;

/// <summary>
/// The same model on PostgreSQL (ADR 0011). A type of its own so its migrations (PostgreSQL/Migrations) are found apart
/// from SQLite's; it only changes how columns are stored so both providers behave alike:
/// <list type="bullet">
/// <item>points in time as center-local text (<see cref="LocalTimeText"/>), exactly as SQLite stores them;</item>
/// <item>every text column in the "C" collation: ordinal, case-sensitive comparison and ordering, as SQLite's BINARY;</item>
/// <item>the data-protection keys, so a sign-in cookie issued by one node is read by every other.</item>
/// </list>
/// </summary>
public sealed class PostgresClerkDbContext(DbContextOptions<ClerkDbContext> options) : ClerkDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if (Nullable.GetUnderlyingType(property.ClrType) is { } underlying ? underlying == typeof(DateTimeOffset) : property.ClrType == typeof(DateTimeOffset))
            {
                property.SetValueConverter(LocalTimeText.Converter);
            }

            if ((property.GetValueConverter()?.ProviderClrType ?? property.ClrType) == typeof(string))
            {
                property.SetCollation("C");
            }
        }
    }
}
