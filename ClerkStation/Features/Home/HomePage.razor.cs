using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Features.Home;

public partial class HomePage
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    // Each person lands on the screen of their main role.
    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        var target = user.IsInRole(nameof(StaffRole.Clerk)) ? "/intake"
            : user.IsInRole(nameof(StaffRole.Reviewer)) ? "/backoffice"
            : user.IsInRole(nameof(StaffRole.Supervisor)) ? "/supervisor"
            : user.IsInRole(nameof(StaffRole.Trainer)) || user.IsInRole(nameof(StaffRole.Trainee)) ? "/training"
            : user.IsInRole(nameof(StaffRole.Admin)) ? "/admin"
            : user.IsInRole(nameof(StaffRole.CitySupervisor)) ? "/city"
            : user.IsInRole(nameof(StaffRole.Agent)) ? "/agent"
            : user.IsInRole(nameof(StaffRole.CityAdmin)) ? "/city/centers"
            : "/login";
        Navigation.NavigateTo(target, replace: true);
    }
}
