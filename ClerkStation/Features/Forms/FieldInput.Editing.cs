using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>What the clerk does in the field: typing (committed after a pause or on leaving), setting a value, leaving the field.</summary>
public sealed partial class FieldInput
{
    private readonly Func<Func<Task>, Task> _invokeAsync;

    /// <summary>The pause before typed text commits; made at the first keystroke (a select, check box or date never has one).</summary>
    private TypingPause? _pause;

    /// <summary>What a native text input or select shows, and the text typed before it commits.</summary>
    private readonly EnteredValue _entry = new();

    // The handlers, each made once when the field's kind first needs it: a render hands the same delegates to the same
    // inputs, and a field holds only its own kind's (a household row is five fields in every live circuit).
    private EventCallback<ChangeEventArgs>? _typed;
    private EventCallback<ChangeEventArgs>? _chosen;
    private Func<FocusEventArgs, Task>? _left;
    private Func<ChangeEventArgs, Task>? _checked;
    private Func<DateTime?, Task>? _dated;

    /// <summary>The text input's binder: every keystroke's text (Blazor records it in the rendered tree, <c>@bind</c>'s way).</summary>
    private EventCallback<ChangeEventArgs> Typed => _typed ??= EventCallback.Factory.CreateBinder(_owner, TypedAsync, string.Empty);

    /// <summary>The select's binder: each value it reports.</summary>
    private EventCallback<ChangeEventArgs> Chosen => _chosen ??= EventCallback.Factory.CreateBinder(_owner, ChosenAsync, string.Empty);

    private Func<FocusEventArgs, Task> Left => _left ??= OnBlurAsync;

    private Func<ChangeEventArgs, Task> Checked => _checked ??= e => SetAsync(e.Value is true ? "true" : "false");

    private Func<DateTime?, Task> Dated => _dated ??= SetDateAsync;

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
        (_pause ??= new TypingPause(_invokeAsync, () => SetAsync(_entry.Commit()))).Restart();
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
        if (_pause is not null)
        {
            await _pause.FlushAsync();
        }
        FormContext.Touched(Field, Row, Path);
        await FormContext.LeftAsync();
    }

    /// <summary>The field left the page (hidden, its row removed, the form closed): a commit still waiting is dropped.</summary>
    public void Dispose() => _pause?.Dispose();
}
