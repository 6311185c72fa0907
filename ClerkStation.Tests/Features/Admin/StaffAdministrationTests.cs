using ClerkStation.Domain.Staff;
using ClerkStation.Features.Admin;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Tests.Features.Admin;

public sealed class StaffAdministrationTests(ClerkAppFactory app) : IClassFixture<ClerkAppFactory>
{
    private async Task<SignInResult> SignInAsync(string user, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var account = await manager.FindByNameAsync(user);
        Assert.NotNull(account);
        if (account.IsDisabled || await manager.IsLockedOutAsync(account))
        {
            return SignInResult.LockedOut;
        }

        return await manager.CheckPasswordAsync(account, password) ? SignInResult.Success : SignInResult.Failed;
    }

    [Fact]
    public async Task An_administrator_creates_a_reviewer_bound_to_a_department()
    {
        var id = await app.SendAsync(Actors.Admin, m => m.Send(new SaveStaff(null, "reviewer.wj", "卫健审批", "Review!2026", [StaffRole.Reviewer], ["wj"])));

        var row = Assert.Single(await app.SendAsync(Actors.Admin, m => m.Send(new ListStaff())), s => s.Id == id);
        Assert.Equal([StaffRole.Reviewer], row.Roles);
        Assert.Equal(["wj"], row.Departments);
        Assert.Equal(SignInResult.Success, await SignInAsync("reviewer.wj", "Review!2026"));
    }

    [Fact]
    public async Task A_reviewer_without_a_department_or_an_unknown_department_is_refused()
    {
        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.Admin, m => m.Send(new SaveStaff(null, "reviewer.none", "无部门", "Review!2026", [StaffRole.Reviewer], []))));
        Assert.Contains(ex.Problems, p => p.Code == "staff.departmentRequired");

        ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.Admin, m => m.Send(new SaveStaff(null, "reviewer.xx", "未知部门", "Review!2026", [StaffRole.Reviewer], ["nope"]))));
        Assert.Contains(ex.Problems, p => p.Code == "staff.unknownDepartment");
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_identitys_reason()
    {
        var ex = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await app.SendAsync(Actors.Admin, m => m.Send(new SaveStaff(null, "clerk.weak", "弱密码", "123", [StaffRole.Clerk], []))));
        Assert.All(ex.Problems, p => Assert.Equal("userName", p.Path));
        Assert.Contains(ex.Problems, p => p.Code.StartsWith("identity.Password", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Roles_and_departments_can_be_changed()
    {
        var id = await app.SendAsync(Actors.Admin, m => m.Send(new SaveStaff(null, "clerk.move", "调岗人员", "Clerk!2026", [StaffRole.Clerk], [])));
        await app.SendAsync(Actors.Admin, m => m.Send(new SaveStaff(id, "clerk.move", "调岗人员", null, [StaffRole.Reviewer, StaffRole.Supervisor], ["mz", "rs"])));

        var row = Assert.Single(await app.SendAsync(Actors.Admin, m => m.Send(new ListStaff())), s => s.Id == id);
        Assert.Equal([StaffRole.Reviewer, StaffRole.Supervisor], row.Roles);
        Assert.Equal(["mz", "rs"], row.Departments);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_enabled_and_a_reset_password_works()
    {
        var id = await app.SendAsync(Actors.Admin, m => m.Send(new SaveStaff(null, "clerk.leaver", "离岗人员", "Clerk!2026", [StaffRole.Clerk], [])));
        await app.SendAsync(Actors.Admin, m => m.Send(new SetStaffDisabled(id, true)));
        Assert.Equal(SignInResult.LockedOut, await SignInAsync("clerk.leaver", "Clerk!2026"));

        await app.SendAsync(Actors.Admin, m => m.Send(new SetStaffDisabled(id, false)));
        await app.SendAsync(Actors.Admin, m => m.Send(new ResetStaffPassword(id, "Fresh!2027")));
        Assert.Equal(SignInResult.Failed, await SignInAsync("clerk.leaver", "Clerk!2026"));
        Assert.Equal(SignInResult.Success, await SignInAsync("clerk.leaver", "Fresh!2027"));
    }

    [Fact]
    public async Task The_catalog_status_reports_what_was_loaded()
    {
        var status = await app.SendAsync(Actors.Admin, m => m.Send(new GetCatalogStatus()));
        Assert.True(status.Items >= 320);
        Assert.Equal(status.Items, status.ByDepartment.Sum(d => d.Items));
        Assert.Contains(2026, status.CalendarYears);
    }
}
