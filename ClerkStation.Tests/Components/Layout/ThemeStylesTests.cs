using Bunit;
using ClerkStation.Components.Layout;
using MudBlazor;

namespace ClerkStation.Tests.Components.Layout;

/// <summary>
/// The layout writes the theme's CSS as one string built once (ADR 0026) instead of a <see cref="MudThemeProvider"/> per
/// circuit: it must be exactly what the provider writes, so every MudBlazor component still reads the clerk's palette
/// and fonts.
/// </summary>
public sealed class ThemeStylesTests : MudComponentTest
{
    [Fact]
    public void The_layout_writes_exactly_what_MudThemeProvider_writes_for_the_clerk_theme()
    {
        var provider = Render<MudThemeProvider>(p => p.Add(x => x.Theme, ClerkTheme.Theme));

        Assert.Equal(provider.Markup, ThemeStyles.Markup.Value);
    }

    [Fact]
    public void The_css_carries_the_clerk_palette_fonts_and_scrollbar()
    {
        var css = ThemeStyles.Markup.Value;

        Assert.Contains("--mud-palette-primary: rgba(31,95,168,1);", css, StringComparison.Ordinal);
        Assert.Contains("--mud-palette-error: rgba(198,40,40,1);", css, StringComparison.Ordinal);
        Assert.Contains("Noto Sans CJK SC", css, StringComparison.Ordinal);
        Assert.Contains("::-webkit-scrollbar", css, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", css, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_tab_shares_one_string_rather_than_building_its_own()
    {
        Assert.Same(ThemeStyles.Markup.Value, ThemeStyles.Markup.Value);
        Assert.NotSame(ThemeStyles.Markup.Value, ThemeStyles.For(ClerkTheme.Theme).Value);
        Assert.Equal(ThemeStyles.Markup.Value, ThemeStyles.For(ClerkTheme.Theme).Value);
    }
}
