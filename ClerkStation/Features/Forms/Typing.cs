namespace ClerkStation.Features.Forms;

/// <summary>
/// How typed text reaches the server: the applicant panel's text inputs send its value as the clerk types
/// (<c>Immediate</c>, the MudBlazor form of <c>@bind:event="oninput"</c>) and commits it after a pause of
/// <see cref="DebounceMs"/> or on leaving the field. Only the committed value re-renders the form and schedules the
/// draft save, so a keystroke costs one small message and no render of the whole form, and the field being typed in
/// when the tab closes or the server dies is in the draft once the clerk paused for ~0.7 s. The catalog form's text-like
/// fields (DynamicField) do the same; leaving one commits at once and the intake page saves its draft without the delay.
/// Applicant fields checked when they are left (ID numbers, phone) commit every keystroke instead, so the check on
/// leaving sees exactly what was typed.
/// </summary>
public static class Typing
{
    public const int DebounceMs = 500;
}
