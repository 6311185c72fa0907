using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Tests.Support;

/// <summary>
/// The people every test acts as: one named actor per role, department and center (<see cref="InCenter"/>), a second one
/// where a test needs two of the same kind. Test classes reuse these instead of keeping their own.
/// </summary>
public static class Actors
{
    public static readonly Actor Clerk = Actor.Create("test-clerk", "测试受理员", [StaffRole.Clerk]);
    public static readonly Actor Clerk2 = Actor.Create("test-clerk-2", "测试受理员二", [StaffRole.Clerk]);
    public static readonly Actor Trainee = Actor.Create("test-trainee", "测试学员", [StaffRole.Trainee]);
    public static readonly Actor ReviewerMz = Actor.Create("test-reviewer-mz", "测试民政审批", [StaffRole.Reviewer], ["mz"]);
    public static readonly Actor ReviewerMz2 = Actor.Create("test-reviewer-mz-2", "测试民政审批二", [StaffRole.Reviewer], ["mz"]);
    public static readonly Actor ReviewerRs = Actor.Create("test-reviewer-rs", "测试人社审批", [StaffRole.Reviewer], ["rs"]);
    public static readonly Actor Supervisor = Actor.Create("test-supervisor", "测试值班长", [StaffRole.Supervisor]);
    public static readonly Actor Trainer = Actor.Create("test-trainer", "测试培训师", [StaffRole.Trainer]);
    public static readonly Actor Admin = Actor.Create("test-admin", "测试管理员", [StaffRole.Admin]);
    public static readonly Actor ApiClient = Actor.Create("api:test", "测试 API 客户端", [StaffRole.ApiClient]);
    public static readonly Actor CitySupervisor = Actor.Create("test-city", "测试市政务办", [StaffRole.CitySupervisor]);
    public static readonly Actor CityAdmin = Actor.Create("test-cityadmin", "测试市管理员", [StaffRole.CityAdmin]);

    public static readonly Actor Agent = Actor.Create("test-agent", "测试代办员", [StaffRole.Agent]);
    public static readonly Actor Agent2 = Actor.Create("test-agent-2", "测试代办员二", [StaffRole.Agent]);
    public static IEnumerable<Actor> All => [Clerk, Trainee, ReviewerMz, ReviewerRs, Supervisor, Trainer, Admin, ApiClient, Agent, CitySupervisor, CityAdmin];

    /// <summary>The same person's role in another center (ADR 0018): another user id, same name.</summary>
    public static Actor InCenter(this Actor actor, int centerId) =>
        actor with { UserId = $"{actor.UserId}-c{centerId}", CenterId = centerId };

    public static Actor Of(StaffRole role) => All.First(a => a.IsIn(role));

    /// <summary>A seeded account (clerk, trainee, reviewer.rs, …) as its sign-in makes it: roles, departments and center from the database.</summary>
    public static async Task<Actor> SignedInAsync(this ClerkAppFactory app, string userName)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<StaffUser>>().CreateAsync(user);
        return CurrentUser.FromPrincipal(principal)!;
    }

    /// <summary>
    /// An account for <paramref name="actor"/> (its name, roles and departments) under <paramref name="userName"/> with the
    /// demo password, made in this app's database if it is not there yet, as its sign-in makes it: for a test that needs
    /// a person no demo installation has (a second reviewer of one department).
    /// </summary>
    public static async Task<Actor> AccountAsync(this ClerkAppFactory app, string userName, Actor actor)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                var user = new StaffUser
                {
                    UserName = userName, DisplayName = actor.DisplayName, EmailConfirmed = true,
                    Departments = actor.Departments.Select(d => new StaffDepartment { DepartmentCode = d }).ToList(),
                };
                Assert.True((await users.CreateAsync(user, HttpSignIn.DemoPassword)).Succeeded);
                Assert.True((await users.AddToRolesAsync(user, actor.Roles.Select(r => r.ToString()))).Succeeded);
            }
        }

        return await app.SignedInAsync(userName);
    }
}

/// <summary>Valid resident IDs (GB 11643 check digit) of Zhejiang (33) residents for tests.</summary>
public static class TestIds
{
    public const string WangFang = "330902199001011238";
    public const string LiMing = "330921195506120027";
    public const string ZhaoLei = "330902198003150042";
    public const string InvalidCheckDigit = "330902199001011237";
}
