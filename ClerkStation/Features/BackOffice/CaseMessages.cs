using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Security;
using Microsoft.Extensions.Localization;

namespace ClerkStation.Features.BackOffice;

/// <summary>Turns a refused case action into the sentence the user reads (resource keys <c>Validation.&lt;code&gt;</c>).</summary>
public static class CaseMessages
{
    /// <summary>The message for an expected refusal; null for anything else (a bug, which should surface).</summary>
    public static string? Describe(IStringLocalizer localizer, Exception exception) => exception switch
    {
        CaseActionException e => FieldErrorText.Format(localizer,
            new FieldError("case", e.Code, new Dictionary<string, string> { ["heldBy"] = e.HeldBy ?? "—" })),
        RequestValidationException e => string.Join(" ", e.Problems.Select(p =>
            FieldErrorText.Format(localizer, new FieldError(p.Path, p.Code, p.Args ?? new Dictionary<string, string>())))),
        AccessDeniedException => localizer["Validation.case.roleNotAllowed"],
        _ => null,
    };

    /// <summary>Sends a case action and returns null on success or the message to show.</summary>
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
}
