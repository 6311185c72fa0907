using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ClerkStation.Features.Account;

public partial class NotAllowedOrLogin
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private bool _signedIn;

    protected override async Task OnInitializedAsync()
    {
        var state = await AuthenticationState;
        _signedIn = state.User.Identity?.IsAuthenticated == true;
        if (!_signedIn)
        {
            var returnUrl = "/" + Navigation.ToBaseRelativePath(Navigation.Uri);
            Navigation.NavigateTo($"/login?returnUrl={Uri.EscapeDataString(returnUrl)}", forceLoad: true);
        }
    }
}
