namespace ClerkStation.Components.Layout;

public partial class AppNavigation
{
    /// <summary>The work areas in app-bar order, with the roles that see each link.</summary>
    internal static readonly IReadOnlyList<AreaLink> Links =
    [
        new("/intake", "Nav.Intake", [StaffRole.Clerk, StaffRole.Trainee]),
        new("/counter", "Nav.Counter", [StaffRole.Clerk, StaffRole.Trainee]),
        new("/counter/online", "Nav.Online", [StaffRole.Clerk]),
        new("/counter/appointments", "Nav.Appointments", [StaffRole.Clerk, StaffRole.Supervisor]),
        new("/backoffice", "Nav.BackOffice", [StaffRole.Reviewer]),
        new("/supervisor", "Nav.Supervisor", [StaffRole.Supervisor]),
        new("/complaints/new", "Nav.Complaint", [StaffRole.Clerk, StaffRole.Supervisor]),
        new("/training", "Nav.Training", [StaffRole.Trainer, StaffRole.Trainee, StaffRole.Clerk]),
        new("/city", "Nav.City", [StaffRole.CitySupervisor]),
        new("/agent", "Nav.Agent", [StaffRole.Agent]),
        new("/city/centers", "Nav.Centers", [StaffRole.CityAdmin]),
        new("/admin", "Nav.Admin", [StaffRole.Admin]),
    ];

    internal sealed record AreaLink(string Href, string Key, StaffRole[] RoleList)
    {
        public string[] Roles { get; } = [.. RoleList.Select(r => r.ToString())];
    }
}
