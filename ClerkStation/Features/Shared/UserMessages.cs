using ClerkStation.Domain.Common;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ClerkStation.Features.Shared;

/// <summary>
/// The one translator from a refused request to the sentence the user reads: a domain rule's code or a validation
/// problem's code through the resource key <c>Validation.&lt;code&gt;</c> (with its arguments), a refused role, a lost
/// race. Anything else is a bug and surfaces (null here, so the caller rethrows).
/// </summary>
public static class UserMessages
{
    // Messages about who holds a case name them; without a holder the placeholder still reads well.
    private static readonly IReadOnlyDictionary<string, string> NoHolder = new Dictionary<string, string> { ["heldBy"] = "—" };

    public static string? Describe(IStringLocalizer localizer, Exception exception) => exception switch
    {
        DomainRuleException e => FieldErrorText.Format(localizer, new FieldError("rule", e.Code, e.Args.Count > 0 ? e.Args : NoHolder)),
        RequestValidationException e => string.Join(" ", e.Problems
            .Select(p => FieldErrorText.Format(localizer, new FieldError(p.Path, p.Code, p.Args ?? NoHolder)))
            .Distinct()),
        AccessDeniedException => localizer["Validation.case.roleNotAllowed"],
        DbUpdateConcurrencyException => localizer["Sup.Error.Concurrency"],
        _ => null,
    };

    /// <summary>Sends a request and returns null on success or the message to show.</summary>
    public static async Task<string?> TryAsync(IStringLocalizer localizer, Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex) when (Describe(localizer, ex) is { } message)
        {
            return message;
        }
    }

    /// <summary>Sends a request from a panel: a refusal shows in the snackbar, a success reloads the panel.</summary>
    public static async Task SendAsync(IStringLocalizer localizer, ISnackbar snackbar, Func<Task> action, Func<Task> reload)
    {
        if (await TryAsync(localizer, action) is { } message)
        {
            snackbar.Add(message, Severity.Error);
            return;
        }

        await reload();
    }
}
