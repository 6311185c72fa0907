using ClerkStation.Domain.Staff;
using ClerkStation.Features.Admin;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Security;

/// <summary>A locked account: a supervisor sees and unlocks it, the unlock is audited, and no other role may unlock.</summary>
public sealed class AccountUnlockTests(CountingHasherAppFactory app) : IClassFixture<CountingHasherAppFactory>
{
    [Fact]
    public async Task A_supervisor_unlocks_a_locked_account_and_the_unlock_is_audited()
    {
        var id = await app.UserIdAsync("reviewer.mz");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByIdAsync(id))!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        var client = HttpSignIn.Client(app);
        Assert.Equal("locked", HttpSignIn.ErrorOf(await HttpSignIn.PostLoginAsync(client, "reviewer.mz", HttpSignIn.DemoPassword)));

        Assert.Contains(await app.SendAsync(Actors.Supervisor, m => m.Send(new ListLockedStaff(), TestContext.Current.CancellationToken)), a => a.Id == id && a.MinutesLeft is > 0 and <= 15);
        await app.SendAsync(Actors.Supervisor, m => m.Send(new UnlockStaffAccount(id), TestContext.Current.CancellationToken));
        Assert.DoesNotContain(await app.SendAsync(Actors.Supervisor, m => m.Send(new ListLockedStaff(), TestContext.Current.CancellationToken)), a => a.Id == id);

        Assert.Null(HttpSignIn.ErrorOf(await HttpSignIn.PostLoginAsync(client, "reviewer.mz", HttpSignIn.DemoPassword)));
        await using var db = await app.Services.GetRequiredService<ClerkDatabases>().Production.CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == nameof(UnlockStaffAccount) && a.Target == id && a.Succeeded, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(StaffRole.Clerk)]
    [InlineData(StaffRole.Reviewer)]
    [InlineData(StaffRole.Trainer)]
    [InlineData(StaffRole.Trainee)]
    public async Task Only_supervisors_and_administrators_may_unlock(StaffRole role)
    {
        var id = await app.UserIdAsync("clerk");
        await Assert.ThrowsAsync<AccessDeniedException>(async () =>
            await app.SendAsync(Actors.Of(role), m => m.Send(new UnlockStaffAccount(id), TestContext.Current.CancellationToken)));
    }
}
