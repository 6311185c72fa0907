using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A single-line text field inside a group row (<see cref="DynamicField"/> decides): the label, id, required, error and
/// help of the MudTextField it replaces, and its typing rhythm (<see cref="Typing"/>): every keystroke's text goes to
/// <see cref="OnTyped"/>, the value commits through <see cref="OnChange"/> after a pause of <see cref="Typing.DebounceMs"/>
/// or at once on leaving, before <see cref="OnLeave"/>. Only this component renders per keystroke.
/// </summary>
public sealed partial class RowText : IDisposable
{
    [Parameter, EditorRequired]
    public string Id { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Label { get; set; } = string.Empty;

    [Parameter]
    public string? Value { get; set; }

    [Parameter]
    public bool Required { get; set; }

    [Parameter]
    public bool ReadOnly { get; set; }

    [Parameter]
    public string? Error { get; set; }

    [Parameter]
    public string? Help { get; set; }

    /// <summary>Text shown before the value (¥ for money), as MudBlazor's start adornment.</summary>
    [Parameter]
    public string? Prefix { get; set; }

    /// <summary>The on-screen keyboard: <c>text</c>, <c>decimal</c>, <c>tel</c>.</summary>
    [Parameter]
    public string InputMode { get; set; } = "text";

    [Parameter]
    public EventCallback<string?> OnTyped { get; set; }

    [Parameter]
    public EventCallback<string?> OnChange { get; set; }

    [Parameter]
    public EventCallback<FocusEventArgs> OnLeave { get; set; }

    // What the input shows: the text last typed, until the parent hands a different value (a change made on the server,
    // or the committed value normalized).
    private string _shown = string.Empty;
    private string? _given;
    private readonly TypingPause _pause;

    public RowText()
    {
        _pause = new TypingPause(InvokeAsync, CommitAsync);
    }

    private string LabelText => Required ? Label + " *" : Label;

    private string InputClass =>
        "mud-input mud-input-outlined mud-input-margin-dense mud-typography-input"
        + (Prefix is not null ? " mud-input-adorned-start" : string.Empty)
        + (_shown.Length > 0 || Prefix is not null ? " mud-shrink" : string.Empty)
        + (Error is null ? string.Empty : " mud-input-error") + (ReadOnly ? " mud-disabled" : string.Empty);

    private string RootClass =>
        "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense"
        + (Prefix is not null ? " mud-input-root-adorned-start" : string.Empty);

    private string LabelClass =>
        "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol"
        + (Error is null ? string.Empty : " mud-input-error");

    private string? DescribedBy => Error is not null ? Id + "-error" : Help is null ? null : Id + "-help";

    protected override void OnParametersSet()
    {
        if (!string.Equals(Value, _given, StringComparison.Ordinal))
        {
            _pause.Cancel();
            _given = Value;
            _shown = Value ?? string.Empty;
        }
    }

    private async Task TypedAsync(string? text)
    {
        _shown = text ?? string.Empty;
        _pause.Restart();
        await OnTyped.InvokeAsync(text);
    }

    private async Task CommitAsync()
    {
        _given = _shown.Length > 0 ? _shown : null;
        await OnChange.InvokeAsync(_given);
        StateHasChanged(); // shows the committed state; a commit after the pause is not an event of this input, so nothing else renders it
    }

    private async Task LeftAsync(FocusEventArgs args)
    {
        await _pause.FlushAsync();
        await OnLeave.InvokeAsync(args);
    }

    public void Dispose() => _pause.Dispose();
}
