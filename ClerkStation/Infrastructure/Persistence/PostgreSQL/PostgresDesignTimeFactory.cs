using Microsoft.EntityFrameworkCore.Design;

namespace ClerkStation.Infrastructure.Persistence.PostgreSQL;

/// <summary>Lets `dotnet ef migrations add X --context PostgresClerkDbContext` build the model; no server is contacted.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClerkDbContext>
{
    public PostgresClerkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ClerkDbContext>().UseNpgsql("Host=localhost;Database=clerkstation_design").Options);
}
