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
