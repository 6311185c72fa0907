using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ClerkStation.Infrastructure.Seeding;

/// <summary>Creates or migrates the database, makes sure every role exists, and in demo mode adds the demo accounts.</summary>
public sealed class DatabaseInitializer(
    ClerkDatabases databases,
    RoleManager<IdentityRole> roles,
    UserManager<StaffUser> users,
    IPasswordHasher<StaffUser> hasher,
    IOptions<DemoOptions> demo,
    Features.Api.ApiClientRegistry apiClients,
    IOptionsMonitor<CenterOptions> center,
    CenterDirectory centers,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken ct = default)
    {
        // Both databases share one schema; the practice one is migrated alongside so practice never lags behind.
        foreach (var factory in new[] { databases.Production, databases.Practice })
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            await db.Database.MigrateAsync(ct);
            // Keep SQLite's planner statistics current (bounded work), so the boards' GROUP BYs use their covering
            // indexes on a grown database as they do in the benchmark.
            // (PostgreSQL's autovacuum keeps its own statistics.)
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit=1000; PRAGMA optimize;", ct);
            }
        }

        await EnsureDefaultCenterAsync(ct);
        foreach (var role in Enum.GetNames<StaffRole>())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (demo.Value.Enabled)
        {
            await SeedDemoCentersAsync(ct);
            await SeedDemoAccountsAsync();
            await apiClients.EnsureDemoClientAsync(ct);
        }
    }

    /// <summary>
    /// The center every row of a single-center installation belongs to (the CenterId columns default to it), made from
    /// the "Center" settings the first time; afterwards the city administrator renames it.
    /// </summary>
    private async Task EnsureDefaultCenterAsync(CancellationToken ct)
    {
        foreach (var factory in new[] { databases.Production, databases.Practice })
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            if (!await db.Centers.AnyAsync(c => c.Id == Domain.Centers.Center.DefaultId, ct))
            {
                var options = center.CurrentValue;
                db.Centers.Add(Domain.Centers.Center.Create(Domain.Centers.Center.DefaultId, options.Code,
                    string.IsNullOrWhiteSpace(options.Name) ? options.Code : options.Name, options.County, options.CasePrefix, options.TimeZone));
                await db.SaveChangesAsync(ct);
            }
        }

        await centers.ReloadAsync(ct);
    }

    /// <summary>The demo's other centers, unless their id, code or prefix is already taken (a city that renamed them keeps its own).</summary>
    private async Task SeedDemoCentersAsync(CancellationToken ct)
    {
        await using var db = await databases.Production.CreateDbContextAsync(ct);
        var taken = await db.Centers.AsNoTracking().Select(c => new { c.Id, c.Code, c.CasePrefix }).ToListAsync(ct);
        foreach (var demoCenter in DemoCenters.All.Where(d => !taken.Any(t => t.Id == d.Id || t.Code == d.Code || t.CasePrefix == d.CasePrefix)))
        {
            db.Centers.Add(Domain.Centers.Center.Create(demoCenter.Id, demoCenter.Code, demoCenter.Name, demoCenter.County, demoCenter.CasePrefix, CenterTimeZones.Default));
        }

        await db.SaveChangesAsync(ct);
        await centers.ReloadAsync(ct);
    }

    /// <summary>
    /// Every demo account has the one published password: it is hashed once per process (a salted PBKDF2 hash is valid for
    /// any user), not once per account — about a second of CPU off each demo start, and off each test app's start.
    /// </summary>
    private static string? s_demoPasswordHash;

    private async Task SeedDemoAccountsAsync()
    {
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var user = new StaffUser
            {
                UserName = account.UserName,
                DisplayName = account.DisplayName,
                EmailConfirmed = true,
                Villages = account.Villages,
                PhoneNumber = account.Phone,
                CenterId = account.CenterId,
                Departments = account.Departments.Select(d => new StaffDepartment { DepartmentCode = d }).ToList(),
            };
            user.PasswordHash = s_demoPasswordHash ??= hasher.HashPassword(user, DemoAccounts.Password);
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join(", ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRolesAsync(user, account.Roles.Select(r => r.ToString()));
            logger.LogInformation("Demo account {UserName} created", account.UserName);
        }
    }
}
