using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ClerkStation.Tests.Support;

/// <summary>What browser tests do on a page: sign in, wait until it is interactive, discard drafts, upload files, screenshot.</summary>
public static class PageExtensions
{
    public static async Task LoginAsync(this IPage page, string userName, string password = HttpSignIn.DemoPassword)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel(Labels.UserName).FillAsync(userName);
        await page.GetByLabel(Labels.Password).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = Labels.SignIn }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>
    /// The one way a browser test signs in a demo account (<see cref="LoginAsync"/>): the app's language set to
    /// <paramref name="culture"/>, then <paramref name="path"/> opened and waited for until it is interactive.
    /// </summary>
    public static async Task SignInOnAsync(this IPage page, string userName, string path, string culture = "zh-CN")
    {
        await page.LoginAsync(userName);
        if (culture != "zh-CN")
        {
            await page.SwitchLanguageAsync(culture);
        }

        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Blazor drops clicks sent before the circuit is up: wait for the layout to say it is interactive.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive=true]").WaitForAsync();

    /// <summary>
    /// Waits for running CSS transitions and animations to end: a button that the first interactive render enables fades
    /// its colour in over MudBlazor's 250 ms, and a contrast check read in between measures a colour no one sees.
    /// </summary>
    public static Task SettleTransitionsAsync(this IPage page) =>
        page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished.catch(() => null)))");

    /// <summary>Another test (or an earlier run) may have left this clerk a draft; start from a clean counter.</summary>
    public static async Task DiscardOfferedDraftAsync(this IPage page)
    {
        // The counter says when it has looked for a draft; before that, "no offer" means nothing.
        await page.Locator("[data-ready=true]").WaitForAsync();
        // One offer per unfinished application (drafts are per application, so there can be several).
        var offers = page.GetByTestId("draft-offer");
        for (var count = await offers.CountAsync(); count > 0; count = await offers.CountAsync())
        {
            await offers.First.GetByTestId("draft-discard").ClickAsync();
            await Assertions.Expect(offers).ToHaveCountAsync(count - 1);
        }
    }

    /// <summary>The form field labelled <paramref name="label"/>; a required field's label ends in an aria-hidden " *", which label matching still reads.</summary>
    public static ILocator Field(this IPage page, string label) =>
        page.GetByLabel(new Regex("^" + Regex.Escape(label) + @"( \*)?$"));

    /// <summary>
    /// Chooses <paramref name="option"/> in the drop-down labelled <paramref name="label"/>: a catalog field's native
    /// select (ADR 0026), or a MudSelect (opened by a click, its option clicked in the popover).
    /// </summary>
    public static async Task ChooseAsync(this IPage page, string label, string option)
    {
        var field = page.Field(label);
        if (await field.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await field.SelectOptionAsync(new SelectOptionValue { Label = option });
            return;
        }
        await field.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>
    /// Blazor's InputFile hooks its change listener from the server after it renders (its JS <c>init</c> marks the input
    /// with <c>_blazorInputFileNextFileId</c>); files set before that are never sent. Wait for the mark, then set them.
    /// </summary>
    public static async Task SetBlazorInputFilesAsync(this ILocator input, params FilePayload[] files)
    {
        await input.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await input.Page.WaitForFunctionAsync(
            "e => e._blazorInputFileNextFileId !== undefined", await input.ElementHandleAsync(), new() { Timeout = 15_000 });
        await input.SetInputFilesAsync(files);
    }

    /// <summary>Waits until <paramref name="image"/> is shown and its picture has loaded (fails if it cannot load).</summary>
    public static async Task WaitForImageAsync(this ILocator image)
    {
        await Assertions.Expect(image).ToBeVisibleAsync();
        await image.EvaluateAsync("i => i.complete && i.naturalWidth > 0 ? true : new Promise((ok, fail) => { i.onload = () => ok(true); i.onerror = () => fail('image failed'); })");
    }

    public static async Task SwitchLanguageAsync(this IPage page, string culture)
    {
        var returnUrl = new Uri(page.Url).PathAndQuery;
        await page.GotoAsync($"/culture/set?culture={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });
}
