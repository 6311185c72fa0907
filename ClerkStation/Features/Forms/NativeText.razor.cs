using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace ClerkStation.Features.Forms;

/// <summary>
/// A single-line text field (a catalog field in a group row, <see cref="DynamicField"/> decides; the applicant's fields): the label, id, required, error and
/// help of the MudTextField it replaces, and its typing rhythm (<see cref="Typing"/>): every keystroke's text goes to
/// <see cref="OnTyped"/>, the value commits through <see cref="NativeInput.OnChange"/> after a pause of <see cref="Typing.DebounceMs"/>
/// or at once on leaving, before <see cref="NativeInput.OnLeave"/>. Only this component renders per keystroke.
/// </summary>
public sealed partial class NativeText : NativeInput, IDisposable
{
    [Parameter, EditorRequired]
    public string Label { get; set; } = string.Empty;

    /// <summary>Text shown before the value (¥ for money), as MudBlazor's start adornment.</summary>
    [Parameter]
    public string? Prefix { get; set; }

    /// <summary>The on-screen keyboard: <c>text</c>, <c>decimal</c>, <c>tel</c>.</summary>
    [Parameter]
    public string InputMode { get; set; } = "text";

    /// <summary>The most characters the field takes (an 18-character ID number), or none.</summary>
    [Parameter]
    public int? MaxLength { get; set; }

    [Parameter]
    public EventCallback<string?> OnTyped { get; set; }

    private readonly TypingPause _pause;

    public NativeText()
    {
        _pause = new TypingPause(InvokeAsync, CommitAsync);
    }

    protected override string LabelOf => Label;

    private string InputClass => InputClassWith(
        (Prefix is not null ? " mud-input-adorned-start" : string.Empty) + (Shown.Length > 0 || Prefix is not null ? " mud-shrink" : string.Empty));

    private string RootClass =>
        "mud-input-slot mud-input-root mud-input-root-outlined mud-input-root-margin-dense"
        + (Prefix is not null ? " mud-input-root-adorned-start" : string.Empty);

    // The text last typed stays shown until the parent hands a different value (a change made on the server, or the
    // committed value normalized): a commit still waiting for the pause is then dropped.
    protected override void ValueReplaced() => _pause.Cancel();

    private async Task TypedAsync(string? text)
    {
        Shown = text ?? string.Empty;
        _pause.Restart();
        await OnTyped.InvokeAsync(text);
    }

    private async Task CommitAsync()
    {
        Given = Shown.Length > 0 ? Shown : null;
        await OnChange.InvokeAsync(Given);
        StateHasChanged(); // shows the committed state; a commit after the pause is not an event of this input, so nothing else renders it
    }

    private async Task LeftAsync(FocusEventArgs args)
    {
        await _pause.FlushAsync();
        await OnLeave.InvokeAsync(args);
    }

    public void Dispose() => _pause.Dispose();
}
