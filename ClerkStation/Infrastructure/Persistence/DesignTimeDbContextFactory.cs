using Microsoft.EntityFrameworkCore.Design;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the app.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<ClerkDbContext>
{
    public ClerkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ClerkDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
