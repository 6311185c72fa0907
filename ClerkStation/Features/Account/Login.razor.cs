using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Account;

public partial class Login
{
    [SupplyParameterFromQuery(Name = "returnUrl")]
    private string? RequestedReturnUrl { get; set; }

    // Never reflect an address the sign-in would refuse to go to.
    private string ReturnUrl => AccountEndpoints.ReturnUrl(RequestedReturnUrl);

    [SupplyParameterFromQuery(Name = "error")]
    private string? Error { get; set; }

    private string CurrentPath => "/login" + (ReturnUrl == "/" ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(ReturnUrl));

    private string? ErrorMessage => Error switch
    {
        null or "" => null,
        "locked" => L["Login.Error.Locked"].Value,
        "throttled" => L["Login.Error.Throttled"].Value,
        "missing" => L["Login.Error.Missing"].Value,
        "expired" => L["Login.Error.Expired"].Value,
        _ => L["Login.Error.Invalid"].Value,
    };
}
