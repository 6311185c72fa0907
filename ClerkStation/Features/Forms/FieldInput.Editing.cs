using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>What the clerk does in the field: typing (committed after a pause or on leaving), setting a value, leaving the field.</summary>
public sealed partial class FieldInput
{
    private readonly TypingPause _pause;

    /// <summary>What a native text input or select shows, and the text typed before it commits.</summary>
    private readonly EnteredValue _entry = new();

    // The handlers, made once: a render hands the same delegates to the same inputs.
    private readonly Func<string?, Task> _typed;
    private readonly Func<string?, Task> _chosen;
    private readonly Func<FocusEventArgs, Task> _left;
    private readonly Func<ChangeEventArgs, Task> _checked;
    private readonly Func<DateTime?, Task> _dated;

    /// <summary>
    /// A keystroke in a text field: the form hears of it after a pause of <see cref="Typing.DebounceMs"/> or when the
    /// field is left. The pause is ours, not MudBlazor's DebounceInterval: when that timer ended just as the field was
    /// left, MudBlazor put the last committed text back and what was typed vanished (ADR 0032, TypingPauseTests). Every
    /// keystroke's text is kept by the form until it is committed, so a decision taken in between still sees what is on
    /// the screen (DynamicFormContext.CommitTyped).
    /// </summary>
    private Task TypedAsync(string? text)
    {
        FormContext.Typed(Field, Row, Path, text);
        _entry.Show(text);
        _pause.Restart();
        return Task.CompletedTask;
    }

    /// <summary>A choice in a select commits at once; the select already shows it.</summary>
    private Task ChosenAsync(string? value)
    {
        _entry.Show(value);
        return SetAsync(_entry.Commit());
    }

    private async Task SetAsync(string? value)
    {
        FormContext.Committed(Path);
        Row.Set(Field.Key, DynamicFormContext.Normalize(Field, value));
        await FormContext.ValueChangedAsync(Field, Row, Path);
    }

    private Task SetDateAsync(DateTime? value) =>
        SetAsync(value is { } date ? DateOnly.FromDateTime(date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null);

    /// <summary>Leaving the field commits what was typed first, so the page that hears of the leaving saves it.</summary>
    private async Task OnBlurAsync(FocusEventArgs args)
    {
        await _pause.FlushAsync();
        FormContext.Touched(Field, Row, Path);
        await FormContext.LeftAsync();
    }

    /// <summary>The field left the page (hidden, its row removed, the form closed): a commit still waiting is dropped.</summary>
    public void Dispose() => _pause.Dispose();
}
