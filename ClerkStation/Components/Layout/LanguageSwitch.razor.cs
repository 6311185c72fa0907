using System.Globalization;
using Microsoft.AspNetCore.Components.Routing;

namespace ClerkStation.Components.Layout;

public sealed partial class LanguageSwitch
{
    /// <summary>The language the page is not in: the two the app speaks, by culture name and by their own name.</summary>
    private static (string Culture, string Name) Other =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? ("zh-CN", "中文") : ("en-US", "English");

    /// <summary>Back to the page the clerk is on (query included) after the switch.</summary>
    private string SwitchUrl =>
        $"/culture/set?culture={Other.Culture}&returnUrl={Uri.EscapeDataString("/" + Navigation.ToBaseRelativePath(Navigation.Uri))}";

    // The layout does not render this again when the page under it changes: the link follows the address itself.
    protected override void OnInitialized() => Navigation.LocationChanged += Moved;

    private void Moved(object? sender, LocationChangedEventArgs e) => InvokeAsync(StateHasChanged);

    public void Dispose() => Navigation.LocationChanged -= Moved;
}
