using ClerkStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Antiforgery;

namespace ClerkStation.Features.Account;

/// <summary>
/// Cookie sign-in and sign-out as plain form posts (the login page is static HTML, so it works before any circuit
/// exists). Failures go back to /login with a reason code; the password is never echoed.
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async (HttpContext http, SignInManager<StaffUser> signIn, UserManager<StaffUser> users) =>
        {
            // A login page left open across a restart carries an expired token: ask to sign in again, don't fail.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.LocalRedirect("/login?error=expired");
            }

            var form = await http.Request.ReadFormAsync();
            string? userName = form["userName"], password = form["password"];
            var back = SafeReturnUrl(form["returnUrl"]);
            if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
            {
                return Results.LocalRedirect($"/login?error=missing&returnUrl={Uri.EscapeDataString(back)}");
            }

            var user = await users.FindByNameAsync(userName.Trim());
            if (user is { IsDisabled: true })
            {
                return Results.LocalRedirect($"/login?error=disabled&returnUrl={Uri.EscapeDataString(back)}");
            }

            var result = await signIn.PasswordSignInAsync(userName.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return Results.LocalRedirect(back);
            }

            var error = result.IsLockedOut ? "locked" : "invalid";
            return Results.LocalRedirect($"/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
        }).AllowAnonymous();

        app.MapPost("/account/logout", async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/login");
        });
    }

    internal static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.StartsWith("/login", StringComparison.OrdinalIgnoreCase)
            ? url
            : "/";
}
