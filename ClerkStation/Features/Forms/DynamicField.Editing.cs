using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>What the clerk does in the field: typing (committed after a pause or on leaving), setting a value, leaving the field.</summary>
public sealed partial class DynamicField : IDisposable
{
    private readonly TypingPause _pause;

    /// <summary>What a native text input or select shows, and the text typed into a multi-line field before it commits.</summary>
    private readonly EnteredValue _entry = new();

    public DynamicField()
    {
        _pause = new TypingPause(InvokeAsync, () => SetAsync(_entry.Commit()));
    }

    // The text last typed stays shown until the form hands a different value (a change made on the server, or the
    // committed value normalized): a commit still waiting for the pause is then dropped.
    protected override void OnParametersSet()
    {
        if (_entry.Receive(Value))
        {
            _pause.Cancel();
        }
    }

    // Every keystroke's text, kept until it is committed (after the pause or on leaving), so a decision taken in between
    // still sees what is on the screen (DynamicFormContext.CommitTyped).
    private void OnTyped(string? text) => FormContext.Typed(Field, Row, Path, text);

    /// <summary>
    /// A keystroke in a text field: the form hears of it after a pause of <see cref="Typing.DebounceMs"/> or when the
    /// field is left. The pause is ours, not MudBlazor's DebounceInterval: when that timer ended just as the field was
    /// left, MudBlazor put the last committed text back and what was typed vanished (ADR 0032, TypingPauseTests).
    /// </summary>
    private Task TypedAsync(string? text)
    {
        OnTyped(text);
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

    private Task SetCheckedAsync(bool value) => SetAsync(value ? "true" : "false");

    private Task SetDateAsync(DateTime? value) =>
        SetAsync(value is { } date ? Iso(DateOnly.FromDateTime(date)) : null);

    /// <summary>Leaving the field commits what was typed first, so the page that hears of the leaving saves it.</summary>
    private async Task OnBlurAsync(FocusEventArgs args)
    {
        await _pause.FlushAsync();
        FormContext.Touched(Field, Row, Path);
        await FormContext.LeftAsync();
    }

    public void Dispose() => _pause.Dispose();
}
