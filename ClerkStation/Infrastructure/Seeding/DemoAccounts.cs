using ClerkStation.Domain.Staff;

namespace ClerkStation.Infrastructure.Seeding;

public sealed record DemoAccount(string UserName, string DisplayName, StaffRole[] Roles, string[] Departments, string DescriptionKey);

/// <summary>The accounts a demo installation starts with (listed in the README and on the login page).</summary>
public static class DemoAccounts
{
    public const string Password = "Demo!2026";

    public static readonly IReadOnlyList<DemoAccount> All =
    [
        new("clerk", "王小燕", [StaffRole.Clerk], [], "Demo.Clerk"),
        new("clerk2", "李建国", [StaffRole.Clerk], [], "Demo.Clerk2"),
        new("reviewer.mz", "陈民", [StaffRole.Reviewer], ["mz"], "Demo.ReviewerMz"),
        new("reviewer.rs", "周社保", [StaffRole.Reviewer], ["rs"], "Demo.ReviewerRs"),
        new("supervisor", "张值班", [StaffRole.Supervisor], [], "Demo.Supervisor"),
        new("trainer", "刘培训", [StaffRole.Trainer], [], "Demo.Trainer"),
        new("trainee", "赵新人", [StaffRole.Trainee], [], "Demo.Trainee"),
        new("admin", "系统管理员", [StaffRole.Admin], [], "Demo.Admin"),
        new("city", "市政务服务办", [StaffRole.CitySupervisor], [], "Demo.City"),
        new("cityadmin", "市政务服务办管理员", [StaffRole.CityAdmin], [], "Demo.CityAdmin"),
    ];
}
