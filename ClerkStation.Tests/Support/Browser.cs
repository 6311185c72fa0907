using Microsoft.Playwright;

namespace ClerkStation.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright cannot download its own browser here). One browser per test
/// class fixture; each test gets a fresh context (cookies, storage).
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Instance { get; private set; }

    public static bool IsInstalled => File.Exists(ChromiumPath);

    public async ValueTask InitializeAsync()
    {
        if (!IsInstalled)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        // Web-first assertions wait as long as actions do (Playwright's own default is 5 s): CI runs the browser tests on
        // 2 cores beside handler tests and a PostgreSQL server, where a render that shows in 300 ms on a quiet box can take
        // seconds. A state that never comes still fails, after 15 s.
        Assertions.SetDefaultExpectTimeout(15_000);
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                // A fake camera (a test pattern) that needs no permission prompt, for the counter's document-camera capture.
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A clerk signed in on /intake in the given language, with any leftover draft discarded.</summary>
    public async Task<IPage> OpenCounterAsync(string baseAddress, string user, string culture = "zh-CN")
    {
        var page = await NewPageAsync(baseAddress);
        await page.SignInOnAsync(user, "/intake", culture);
        await page.DiscardOfferedDraftAsync();
        return page;
    }

    /// <summary>A new page (browser locale <paramref name="culture"/>) signed in as a demo account, interactive on <paramref name="path"/>.</summary>
    public async Task<IPage> OpenSignedInAsync(string baseAddress, string user, string path, string culture = "zh-CN")
    {
        var page = await NewPageAsync(baseAddress, culture);
        await page.SignInOnAsync(user, path, culture);
        return page;
    }

    /// <summary>A new page in its own context; skips the test (never silently passes) where no browser is installed.</summary>
    public async Task<IPage> NewPageAsync(string baseAddress, string culture = "zh-CN")
    {
        Assert.SkipWhen(Instance is null, $"Chromium is not installed at {ChromiumPath}; .ci/run installs it.");
        var context = await Instance!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress,
            Locale = culture,
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }
}

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

    public static async Task SwitchLanguageAsync(this IPage page, string culture)
    {
        var returnUrl = new Uri(page.Url).PathAndQuery;
        await page.GotoAsync($"/culture/set?culture={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}");
    }

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshots.PathFor(name), FullPage = true });
}

/// <summary>Screenshots from browser tests land in artifacts/screenshots for people to look at.</summary>
public static class Screenshots
{
    public static string PathFor(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClerkStation.sln")))
        {
            dir = dir.Parent;
        }

        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }
}

/// <summary>zh-CN UI text the browser tests find things by, exactly as a screen reader would announce them.</summary>
public static class Labels
{
    public const string UserName = "用户名";
    public const string Password = "密码";
    public const string SignIn = "登录";
}
