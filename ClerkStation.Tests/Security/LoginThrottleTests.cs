using ClerkStation.Features.Account;
using ClerkStation.Infrastructure.Practice;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Security;

/// <summary>
/// One client address cannot lock a staff account: its failed sign-ins are throttled before the account's own lockout
/// threshold is reached, and a flood of posts is cut off whatever the password.
/// </summary>
public sealed class LoginThrottleTests(ShippedLoginLimitsAppFactory app) : IClassFixture<ShippedLoginLimitsAppFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_from_one_address_throttle_the_address_and_do_not_lock_the_account()
    {
        var client = HttpSignIn.Client(app);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("invalid", HttpSignIn.ErrorOf(await HttpSignIn.PostLoginAsync(client, "clerk", "wrong-password")));
        }

        // Even the right password waits now: the address is out of attempts, and nothing more is checked.
        Assert.Equal("throttled", HttpSignIn.ErrorOf(await HttpSignIn.PostLoginAsync(client, "clerk", HttpSignIn.DemoPassword)));
        Assert.Equal("throttled", HttpSignIn.ErrorOf(await HttpSignIn.PostLoginAsync(client, "clerk2", "wrong-password")));

        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var clerk = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "clerk", TestContext.Current.CancellationToken);
        Assert.Null(clerk.LockoutEnd);
        Assert.True(clerk.AccessFailedCount < 10, $"{clerk.AccessFailedCount} failures counted");
    }

    [Fact]
    public async Task The_login_page_explains_the_wait()
    {
        var client = HttpSignIn.Client(app);
        var page = await client.GetStringAsync("/login?error=throttled", TestContext.Current.CancellationToken);
        Assert.Contains("登录尝试过多", page, StringComparison.Ordinal);
    }
}

/// <summary>The per-address post limit (its own app: the flood would throttle the other tests' posts too).</summary>
public sealed class LoginFloodTests(ShippedLoginLimitsAppFactory app) : IClassFixture<ShippedLoginLimitsAppFactory>
{
    [Fact]
    public async Task A_flood_of_login_posts_is_cut_off_by_the_rate_limiter()
    {
        // Empty passwords cost no hash and no failure token: only the per-address post limit can stop these.
        var client = HttpSignIn.Client(app);
        var answers = new List<string?>();
        for (var i = 0; i < new LoginLimits().PostsPerMinutePerAddress + 1; i++)
        {
            answers.Add(HttpSignIn.ErrorOf(await HttpSignIn.PostLoginAsync(client, "clerk2", string.Empty)));
        }

        Assert.Contains("throttled", answers);
        Assert.All(answers, a => Assert.Contains(a, new[] { "missing", "throttled" }));
    }
}

/// <summary>The app with the shipped sign-in limits (other test factories raise them so many sign-ins can run).</summary>
public sealed class ShippedLoginLimitsAppFactory : ClerkAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:Login:FailuresPerAddress", new LoginLimits().FailuresPerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:Login:PostsPerMinutePerAddress", new LoginLimits().PostsPerMinutePerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
