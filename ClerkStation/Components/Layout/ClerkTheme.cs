using MudBlazor;

namespace ClerkStation.Components.Layout;

public static class ClerkTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5fa8",
            Secondary = "#b7472a",
            AppbarBackground = "#1f5fa8",
            // Darker than MudBlazor's defaults so text on and in these colours meets WCAG AA contrast (4.5:1).
            Success = "#1b7f3b",
            Info = "#1565c0",
            Warning = "#a35200",
            Error = "#c62828",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", "sans-serif"],
            },
            // Buttons and the navigation read as written ("Intake", not "INTAKE").
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
