using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Forms;

/// <summary>
/// The title of a field that holds several inputs (a choice list's legend, a group's heading) as one markup frame: its
/// label, the aria-hidden " *" and the visually hidden word "required" were nine frames in every render tree of the
/// field, enough to push a radio field past a 64-frame array and the household past 512 (ADR 0026).
/// </summary>
public static class FieldHeading
{
    public static MarkupString Render(string tag, string id, string cssClass, string label, bool required, bool error, string requiredText) =>
        new(SharedStrings.Of(
            $"<{tag} id=\"{InputMarkup.Html(id)}\" class=\"{cssClass}{(error ? " mud-error-text" : null)}\">{InputMarkup.Html(label)}"
            + (required ? $"<span aria-hidden=\"true\"> *</span><span style=\"{VisuallyHidden}\">{InputMarkup.Html(requiredText)}</span>" : null)
            + $"</{tag}>"));

    /// <summary>Read by screen readers, not shown.</summary>
    public const string VisuallyHidden =
        "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0";
}
