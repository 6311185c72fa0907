using ClerkStation.Domain.Queue;
using ClerkStation.Features.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ClerkStation.Features.Queue;

/// <summary>
/// /window/choose: where a clerk lands after signing in (ADR 0020). Taking a window another clerk holds is refused with
/// the holder's name; the choice is also remembered by this browser, so the window bar opens on it.
/// </summary>
public partial class WindowChoicePage
{
    private WindowChoice? _choice;
    private string? _message;
    private bool _busy;

    [Inject] private IMediator Mediator { get; set; } = default!;
    [Inject] private QueueSettings Settings { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "returnUrl")]
    private string? RequestedReturnUrl { get; set; }

    /// <summary>The window picked on the login form: taken once the page is interactive (text: a bad value is ignored, never a 500).</summary>
    [SupplyParameterFromQuery(Name = "take")]
    private string? Take { get; set; }

    private string ReturnUrl => WindowChoicePath.Next(RequestedReturnUrl);

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }
        if (int.TryParse(Take, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var window)
            && Settings.Windows.Any(w => w.Number == window))
        {
            await TakeAsync(window);
            return;
        }
        _choice = await Mediator.Send(new GetWindowChoice());
    }

    private string CategoryName(string letter) =>
        Settings.Categories.FirstOrDefault(c => c.Letter == letter) is { } category ? $"{letter} {category.Name.Current}" : letter;

    private async Task TakeAsync(int window)
    {
        _busy = true;
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new TakeWindow(window)));
        _busy = false;
        if (_message is null)
        {
            await ContinueAsync(window);
            return;
        }
        _choice = await Mediator.Send(new GetWindowChoice());
    }

    private async Task ContinueAsync(int window)
    {
        await Js.InvokeVoidAsync("clerkStation.windowNumber", window);
        Navigation.NavigateTo(ReturnUrl);
    }

    private async Task ReleaseAsync()
    {
        _message = await UserMessages.TryAsync(L, async () => await Mediator.Send(new ReleaseWindow()));
        _choice = await Mediator.Send(new GetWindowChoice());
    }
}

/// <summary>Where a clerk goes after signing in: the window choice first, then where they were going.</summary>
public static class WindowChoicePath
{
    public const string Path = "/window/choose";

    /// <summary>The page after the choice: a safe path on this site that is not the choice page itself, else home.</summary>
    public static string Next(string? returnUrl)
    {
        var safe = SafeReturnUrl.OrHome(returnUrl);
        return safe.StartsWith(Path, StringComparison.OrdinalIgnoreCase) ? SafeReturnUrl.Home : safe;
    }

    /// <summary>The choice page that takes <paramref name="window"/> as soon as it opens, then goes on to <paramref name="returnUrl"/>.</summary>
    public static string For(string returnUrl, int window) =>
        $"{Path}?take={window.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
        + (returnUrl == SafeReturnUrl.Home ? string.Empty : "&returnUrl=" + Uri.EscapeDataString(returnUrl));
}
