namespace ClerkStation.Infrastructure.Seeding;

/// <param name="CenterId">The center the account works in (the demo centers: <see cref="DemoCenters"/>).</param>
/// <param name="Villages">A village agent's villages; <paramref name="Phone"/> their mobile for notices.</param>
public sealed record DemoAccount(
    string UserName, string DisplayName, StaffRole[] Roles, string[] Departments, string DescriptionKey,
    int CenterId = Domain.Centers.Center.DefaultId, string Villages = "", string? Phone = null);

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
        new("agent", "林金玲", [StaffRole.Agent], [], "Demo.Agent", Villages: "洋山新村、小湖村", Phone: "13800000001"),
        new("cityadmin", "市政务服务办管理员", [StaffRole.CityAdmin], [], "Demo.CityAdmin"),
        new("clerk.gt", "林海波", [StaffRole.Clerk], [], "Demo.ClerkGt", 2),
        new("reviewer.gt", "黄民社", [StaffRole.Reviewer], ["mz", "rs"], "Demo.ReviewerGt", 2),
        new("supervisor.gt", "陈岱山", [StaffRole.Supervisor], [], "Demo.SupervisorGt", 2),
        new("clerk.th", "徐晓雯", [StaffRole.Clerk], [], "Demo.ClerkTh", 3),
        new("reviewer.th", "郑桃民", [StaffRole.Reviewer], ["mz", "rs"], "Demo.ReviewerTh", 3),
        new("supervisor.th", "方普陀", [StaffRole.Supervisor], [], "Demo.SupervisorTh", 3),
    ];
}
