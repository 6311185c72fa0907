namespace ClerkStation.Features.Forms;

/// <summary>
/// How typed text reaches the server: a text input sends its value with every keystroke (MudBlazor's <c>Immediate</c>,
/// its form of <c>@bind:event="oninput"</c>; <c>NativeTextBox</c>'s <c>oninput</c>) and the value commits after a pause of
/// <see cref="DebounceMs"/> or on leaving the field. Only the committed value re-renders the form and schedules the
/// draft save, so a keystroke costs one small message and no render of the whole form, and the field being typed in
/// when the tab closes or the server dies is in the draft once the clerk paused for ~0.7 s. The pause is a timer of ours
/// (<see cref="TypingPause"/>: ApplicantPanel, FieldInput, NativeText), never MudBlazor's <c>DebounceInterval</c>: when that timer ended as the field
/// was left, MudBlazor put the last committed text back and what was typed vanished (ADR 0032). Applicant fields checked
/// when they are left (ID numbers, phone) tell the page at every keystroke instead.
/// </summary>
public static class Typing
{
    public const int DebounceMs = 500;
}
