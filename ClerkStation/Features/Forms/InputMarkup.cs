using System.Net;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The parts of a native input (<see cref="NativeTextBox"/>, <see cref="NativeSelectBox"/>) that hold no event: the
/// outline with the label's notch, the label, and the help or error, each as one markup frame. As elements they were
/// ~17 frames a field, which put a catalog field's render tree over Blazor's 32-frame array and into a 64-frame one,
/// kept twice (the tree and the one the next render is written into): ~2.5 KB a field in every live circuit (ADR 0026).
/// Built once per look: the owner keeps the last one (<see cref="For"/>), so both trees share its strings, and each
/// outline and label string is one for the process (<see cref="SharedStrings"/>: made of catalog and resource text and
/// ids, never of what was typed), so every circuit with the same item open shares them too.
/// </summary>
public sealed class InputMarkup
{
    private InputMarkup(InputLook look)
    {
        Look = look;
        var label = Html(look.Label);
        Outline = look.Filled ? null : new(SharedStrings.Of($"<fieldset class=\"mud-input-outlined-border\" aria-hidden=\"true\"><legend>{Html(look.LabelText)}</legend></fieldset>"));
        Label = new(SharedStrings.Of($"<label class=\"{look.LabelClass}\" for=\"{Html(look.Id)}\">{label}{(look.Required ? "<span aria-hidden=\"true\"> *</span>" : null)}</label>"));
        // Not shared: a resident ID's help tells the birth date and sex read from what was typed.
        Messages = FieldMessages.Html(look.Id, look.Help, look.Error) is { } messages ? new(messages) : null;
        DescribedBy = look.DescribedBy;
        PrefixMarkup = look.Prefix is { } prefix
            ? SharedStrings.Of($"<div class=\"mud-input-adornment mud-input-adornment-start mud-text\" aria-hidden=\"true\"><p class=\"mud-typography mud-typography-body1\">{Html(prefix)}</p></div>")
            : null;
    }

    public InputLook Look { get; }

    /// <summary>The outline (aria-hidden) with the label and its required mark in the notch; none in the filled variant.</summary>
    public MarkupString? Outline { get; }

    /// <summary>The label, with an aria-hidden required mark: its accessible name is the label alone, aria-required says the rest.</summary>
    public MarkupString Label { get; }

    /// <summary>The help or the error under the input (<see cref="FieldMessages"/>), or nothing.</summary>
    public MarkupString? Messages { get; }

    /// <summary>The text before the value (¥) as MudBlazor's start adornment (aria-hidden), or none.</summary>
    public string? PrefixMarkup { get; }

    /// <summary>The id of the message the input's aria-describedby names, or none.</summary>
    public string? DescribedBy { get; }

    /// <summary>The markup of <paramref name="look"/>: <paramref name="previous"/> when it shows the same.</summary>
    public static InputMarkup For(InputLook look, InputMarkup? previous) => previous is not null && previous.Look == look ? previous : new(look);

    internal static string Html(string text) => WebUtility.HtmlEncode(text);
}
