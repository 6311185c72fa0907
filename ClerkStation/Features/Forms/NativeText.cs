using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A single-line text field of the applicant panel (catalog fields are written out by their <see cref="FieldInput"/>):
/// <see cref="NativeTextBox"/>'s markup with its typing rhythm (<see cref="Typing"/>): every keystroke's text goes to
/// <see cref="OnTyped"/>, the value commits through <see cref="OnChange"/> after a pause of <see cref="Typing.DebounceMs"/>
/// or at once on leaving, before <see cref="OnLeave"/>. Only this component renders per keystroke.
/// </summary>
public sealed class NativeText : ComponentBase, IDisposable
{
    private readonly EnteredValue _entry = new();
    private InputMarkup? _markup;
    private readonly TypingPause _pause;

    // The input's handlers, made once: a render hands the same ones to the input (NativeTextBox.Write).
    private EventCallback<ChangeEventArgs>? _typed;
    private Func<FocusEventArgs, Task>? _left;

    public NativeText()
    {
        _pause = new TypingPause(InvokeAsync, CommitAsync);
    }

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

    /// <summary>The on-screen keyboard: <c>text</c>, <c>decimal</c>, <c>tel</c>.</summary>
    [Parameter]
    public string InputMode { get; set; } = "text";

    /// <summary>The most characters the field takes (an 18-character ID number), or none.</summary>
    [Parameter]
    public int? MaxLength { get; set; }

    [Parameter]
    public EventCallback<string?> OnTyped { get; set; }

    /// <summary>The value, once the input commits it (a pause in typing, or leaving).</summary>
    [Parameter]
    public EventCallback<string?> OnChange { get; set; }

    [Parameter]
    public EventCallback<FocusEventArgs> OnLeave { get; set; }

    // The text last typed stays shown until the parent hands a different value (a change made on the server, or the
    // committed value normalized): a commit still waiting for the pause is then dropped.
    protected override void OnParametersSet()
    {
        if (_entry.Receive(Value))
        {
            _pause.Cancel();
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        _markup = InputMarkup.For(new(Id, Label, Required, ReadOnly, Error, Help) { InputMode = InputMode, MaxLength = MaxLength }, _markup);
        NativeTextBox.Write(builder, _markup, _entry.Shown, this, _typed ??= EventCallback.Factory.CreateBinder(this, TypedAsync, string.Empty), _left ??= LeftAsync, key: null);
    }


    private async Task TypedAsync(string? text)
    {
        _entry.Show(text);
        _pause.Restart();
        await OnTyped.InvokeAsync(text);
    }

    private async Task CommitAsync()
    {
        await OnChange.InvokeAsync(_entry.Commit());
        StateHasChanged(); // shows the committed state; a commit after the pause is not an event of this input, so nothing else renders it
    }

    private async Task LeftAsync(FocusEventArgs args)
    {
        await _pause.FlushAsync();
        await OnLeave.InvokeAsync(args);
    }

    public void Dispose() => _pause.Dispose();
}
