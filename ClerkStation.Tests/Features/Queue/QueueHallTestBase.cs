using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Tests.Features.Queue;

/// <summary>
/// A queue hall of its own on the fixed clock (SQLite, or PostgreSQL when CLERK_TEST_POSTGRES is set), with a category
/// name that a spreadsheet would run as a formula, and the demo accounts as actors: what the window and figures tests share.
/// </summary>
public abstract class QueueHallTestBase : FreshAppTest<QueueHallTestBase.FormulaHallFactory>
{
    protected static readonly DateOnly Today = DateOnly.FromDateTime(FixedClockAppFactory.Now.DateTime);

    protected async Task<Actor> ActorOfAsync(string userName, StaffRole role = StaffRole.Clerk)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<ClerkDbContext>>().CreateDbContextAsync(Ct);
        var user = await db.Users.SingleAsync(u => u.UserName == userName, Ct);
        return Actor.Create(user.Id, user.DisplayName, [role]);
    }

    /// <summary>The queue's hall, with a category name that a spreadsheet would run as a formula.</summary>
    public sealed class FormulaHallFactory : QueueAppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Queue:Categories:0:Zh", "=SUM(1+2)");
        }
    }
}
