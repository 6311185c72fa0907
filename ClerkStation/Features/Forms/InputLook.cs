using ClerkStation.Features.Shared;

namespace ClerkStation.Features.Forms;

/// <summary>
/// What a native input (<see cref="NativeTextBox"/>, <see cref="NativeSelectBox"/>) shows besides its value: id, label,
/// required mark, error and help (and the aria ids that name them), in MudBlazor's outlined dense classes.
/// </summary>
public sealed record InputLook(string Id, string Label, bool Required, bool ReadOnly, string? Error, string? Help)
{
    /// <summary>A catalog field's path (<c>data-field</c>, <c>members[1].name</c>): its control is the field's element; none for the applicant's fields.</summary>
    public string? DataField { get; init; }

    /// <summary>Text shown before the value (¥ for money), as MudBlazor's start adornment.</summary>
    public string? Prefix { get; init; }

    /// <summary>The on-screen keyboard: <c>text</c>, <c>decimal</c>, <c>tel</c>.</summary>
    public string InputMode { get; init; } = "text";

    /// <summary>MudBlazor's filled variant without an outline, for a value the form computes (read only).</summary>
    public bool Filled { get; init; }

    /// <summary>Lines of a multi-line field (a <c>&lt;textarea&gt;</c>); 1 for a single-line input.</summary>
    public int Lines { get; init; } = 1;

    /// <summary>The most characters the field takes (an 18-character ID number), or none.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The label with its required mark, for the outline's notch (aria-hidden); the label element itself marks
    /// "required" with an aria-hidden " *", so its accessible name is the label alone and aria-required says the rest.</summary>
    public string LabelText => Required ? Label + " *" : Label;

    public string LabelClass => Filled
        ? "mud-input-label mud-input-label-animated mud-input-label-filled mud-input-label-margin-dense mud-input-label-inputcontrol"
        : Error is null
        ? "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol"
        : "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol mud-input-error";

    public string? DescribedBy => Error is not null ? Id + "-error" : Help is null ? null : Id + "-help";

    /// <summary>The outlined dense input's classes, with <paramref name="extra"/> (adornment, shrink) and the error and disabled states.</summary>
    public string InputClassWith(string extra) => SharedStrings.Of(Filled
        ? "mud-input mud-input-filled mud-input-filled-with-label mud-input-margin-dense mud-input-underline mud-typography-subtitle1" + extra
        : "mud-input mud-input-outlined mud-input-margin-dense mud-typography-input" + extra + ErrorClass + (ReadOnly ? " mud-disabled" : string.Empty));

    private string ErrorClass => Error is null ? string.Empty : " mud-input-error";
}
