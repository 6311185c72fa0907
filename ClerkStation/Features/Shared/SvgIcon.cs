using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace ClerkStation.Features.Shared;

/// <summary>
/// A MudBlazor icon as the markup <c>MudIcon</c> renders (same classes), without a component per icon: for icons
/// that never change in places every circuit carries (app bar, decision bar, materials; ADR 0026). Each icon's markup is
/// built once for the process: built per render, the strings were ~75 KB of every circuit with the largest form open.
/// </summary>
public static class SvgIcon
{
    private static readonly ConcurrentDictionary<(string Icon, string Size, bool Colored, string? Colour), MarkupString> Built = new();

    /// <param name="icon">An <c>Icons.Material…</c> path.</param>
    /// <param name="size">small, medium or large, as MudBlazor's <c>Size</c>.</param>
    /// <param name="colored">false for an icon that takes the text colour (MudIcon's Color.Inherit), true for MudIcon's default colour.</param>
    /// <param name="colour">a MudBlazor colour class (<c>mud-error-text</c>) for an icon that shows a state, or none.</param>
    public static MarkupString Render(string icon, string size = "medium", bool colored = false, string? colour = null) =>
        Built.GetOrAdd((icon, size, colored, colour), static key => new(
            $"<svg class=\"mud-icon-root{(key.Colored ? " mud-icon-default" : null)} mud-svg-icon{(key.Colour is null ? null : " " + key.Colour)} mud-icon-size-{key.Size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">{key.Icon}</svg>"));
}
