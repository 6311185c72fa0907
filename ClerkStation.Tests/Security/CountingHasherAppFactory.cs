using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ClerkStation.Tests.Security;

/// <summary>The app with a password hasher that counts how often a password is checked, and its staff users' ids.</summary>
public sealed class CountingHasherAppFactory : ClerkAppFactory
{
    public CountingHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<StaffUser>>(Hasher)));
    }

    public async Task<string> UserIdAsync(string userName)
    {
        await using var db = await Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return (await db.Users.SingleAsync(u => u.UserName == userName, TestContext.Current.CancellationToken)).Id;
    }
}

public sealed class CountingHasher : IPasswordHasher<StaffUser>
{
    private readonly PasswordHasher<StaffUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(StaffUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
