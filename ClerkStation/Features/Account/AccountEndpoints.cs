using ClerkStation.Domain.Queue;
using ClerkStation.Features.Queue;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Features.Account;

/// <summary>
/// Cookie sign-in and sign-out as plain form posts (the login page is static HTML, so it works before any circuit
/// exists). Failures go back to /login with a reason code; the password is never echoed. The login post is
/// antiforgery-checked and rate-limited per client address (<see cref="LoginRateLimit"/>).
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/login", async (HttpContext http, StaffSignIn staffSignIn, UserManager<StaffUser> users, QueueSettings queue) =>
        {
            // A login page left open across a restart carries an expired token: ask to sign in again, don't fail. A form
            // the antiforgery check could not read (NUL, past the size limits) lands here too: it finds no token.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                return Results.Redirect("/login?error=expired");
            }

            IFormCollection form;
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (InvalidDataException)
            {
                return Back("invalid", SafeReturnUrl.Home);
            }

            string userName = form["userName"].ToString().Trim(), password = form["password"].ToString();
            var back = ReturnUrl(form["returnUrl"]);
            if (userName.Length == 0 || password.Length == 0)
            {
                return Back("missing", back);
            }

            return await staffSignIn.SignInAsync(userName, password, LoginRateLimit.ClientAddress(http)) switch
            {
                SignInOutcome.SignedIn => Results.Redirect(await AfterSignInAsync(users, queue, userName, form["window"], back)),
                SignInOutcome.Locked => Back("locked", back),
                SignInOutcome.Throttled => Back("throttled", back),
                _ => Back("invalid", back),
            };
        }).AllowAnonymous().WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireRateLimiting(LoginRateLimit.Policy);

        app.MapPost("/account/logout", async (SignInManager<StaffUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/login");
        });
    }

    /// <summary>
    /// A clerk or trainee who picked a window on the login form sits down there next: the choice page sends TakeWindow as
    /// the signed-in clerk and shows a refusal with the holder's name (ADR 0020). No window picked keeps the one held.
    /// </summary>
    private static async Task<string> AfterSignInAsync(UserManager<StaffUser> users, QueueSettings queue, string userName, string? window, string back)
    {
        if (!int.TryParse(window, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            || !queue.Windows.Any(w => w.Number == number) || await users.FindByNameAsync(userName) is not { } user)
        {
            return back;
        }
        var roles = await users.GetRolesAsync(user);
        return roles.Contains(nameof(StaffRole.Clerk)) || roles.Contains(nameof(StaffRole.Trainee)) ? WindowChoicePath.For(back, number) : back;
    }

    /// <summary>Where to go after signing in: a safe path on this site that is not the login page itself, else home.</summary>
    internal static string ReturnUrl(string? url)
    {
        var safe = SafeReturnUrl.OrHome(url);
        return safe.StartsWith("/login", StringComparison.OrdinalIgnoreCase) ? SafeReturnUrl.Home : safe;
    }

    private static IResult Back(string error, string returnUrl) =>
        Results.Redirect($"/login?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");
}
