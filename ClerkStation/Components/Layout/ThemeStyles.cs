using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;
using MudBlazor;

namespace ClerkStation.Components.Layout;

/// <summary>
/// The theme's <c>&lt;style&gt;</c> elements exactly as <see cref="MudThemeProvider"/> writes them for
/// <see cref="ClerkTheme.Theme"/> (light palette, MudBlazor's scrollbar), built once for the process. The layout writes
/// this one string instead of holding a <see cref="MudThemeProvider"/>, which rebuilt the ~12,000-character theme CSS
/// and a default <see cref="MudTheme"/> of its own in every circuit (~32 KB a tab; ADR 0026). The app has no dark mode,
/// so nothing here changes while the process runs.
/// </summary>
public static class ThemeStyles
{
    private static readonly Lazy<MarkupString> Clerk = new(() => For(ClerkTheme.Theme));

    public static MarkupString Markup => Clerk.Value;

    /// <summary>What <see cref="MudThemeProvider"/> renders for <paramref name="theme"/>: its markup frames, joined.</summary>
    public static MarkupString For(MudTheme theme) => new(new Writer(theme).Render());

    private sealed class Writer : MudThemeProvider
    {
        public Writer(MudTheme theme)
        {
#pragma warning disable BL0005 // Never rendered as a component: a parameter set once so the provider's own code writes the CSS.
            Theme = theme;
#pragma warning restore BL0005
        }

        public string Render()
        {
            var builder = new RenderTreeBuilder();
            BuildRenderTree(builder);
#pragma warning disable BL0006 // Reading the frames MudThemeProvider wrote; a frame of another kind fails loudly, not silently.
            var frames = builder.GetFrames();
            var markup = new System.Text.StringBuilder();
            for (var i = 0; i < frames.Count; i++)
            {
                var frame = frames.Array[i];
                if (frame.FrameType != RenderTreeFrameType.Markup)
                {
                    throw new InvalidOperationException(
                        $"MudThemeProvider wrote a {frame.FrameType} frame; ThemeStyles expects only <style> markup.");
                }

                markup.Append(frame.MarkupContent);
            }
#pragma warning restore BL0006
            return markup.ToString();
        }
    }
}
