using System.Globalization;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Forms.Checks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace ClerkStation.Features.Forms;

/// <summary>What the clerk does in the field: typing (kept until MudBlazor commits it), setting a value, leaving the field.</summary>
public sealed partial class DynamicField
{
    // Every keystroke's text, kept until MudBlazor commits it (after the debounce or on leaving), so a decision taken in
    // between still sees what is on the screen (DynamicFormContext.CommitTyped).
    private void OnTyped(string? text) => FormContext.Typed(Field, Row, Path, text);

    private async Task SetAsync(string? value)
    {
        FormContext.Committed(Path);
        Row.Set(Field.Key, DynamicFormContext.Normalize(Field, value));
        await FormContext.ValueChangedAsync(Field, Row, Path);
        if (_leftAt is { } left && Environment.TickCount64 - left < LeaveCommitWindowMs)
        {
            _leftAt = null;
            await FormContext.LeftAsync();
        }
    }

    private Task SetCheckedAsync(bool value) => SetAsync(value ? "true" : "false");

    private Task SetDateAsync(DateTime? value) =>
        SetAsync(value is { } date ? Iso(DateOnly.FromDateTime(date)) : null);

    private Task OnBlurAsync(FocusEventArgs args)
    {
        FormContext.Touched(Field, Row, Path);

        // MudBlazor commits text typed within the debounce only after this handler; that commit tells the page again.
        _leftAt = Environment.TickCount64;
        return FormContext.LeftAsync();
    }
}
