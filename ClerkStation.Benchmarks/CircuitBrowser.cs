using System.Diagnostics;
using Microsoft.Playwright;

namespace ClerkStation.Benchmarks;

/// <summary>Debian's Chromium (args as in docs/STACK), one browser context per tab, each signed in as its own clerk.</summary>
public sealed class CircuitBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _address;
    private readonly Dictionary<int, string> _signedIn = [];
    private readonly List<IBrowserContext> _open = [];

    private CircuitBrowser(IPlaywright playwright, IBrowser browser, string address) => (_playwright, _browser, _address) = (playwright, browser, address);

    public static async Task<CircuitBrowser> LaunchAsync(string address)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new CircuitBrowser(playwright, browser, address);
    }

    /// <summary>Opens <paramref name="count"/> more tabs on /intake with <paramref name="form"/> open; each holds a circuit.</summary>
    public async Task<List<IPage>> OpenAsync(int count, IntakeForm form)
    {
        var pages = new List<IPage>();
        for (var i = 0; i < count; i++)
        {
            var clerk = _open.Count + 1;
            var context = await _browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = _address,
                Locale = "zh-CN",
                ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
                StorageState = await SignedInStateAsync(clerk),
            });
            context.SetDefaultTimeout(60_000);
            _open.Add(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/intake");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.Locator("[data-ready=true]").WaitForAsync();
            await form.OpenAsync(page);
            pages.Add(page);
        }
        return pages;
    }

    public async Task CloseAllAsync()
    {
        foreach (var context in _open)
        {
            await context.CloseAsync();
        }
        _open.Clear();
    }

    private async Task<string> SignedInStateAsync(int clerk)
    {
        if (!_signedIn.TryGetValue(clerk, out var state))
        {
            await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _address, Locale = "zh-CN" });
            context.SetDefaultTimeout(120_000); // the first /login of a cold server under load took over the default 30 s
            context.SetDefaultNavigationTimeout(120_000);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/login");
            await page.GetByLabel("用户名").FillAsync($"bench-clerk-{clerk}");
            await page.GetByLabel("密码").FillAsync(Infrastructure.Seeding.DemoAccounts.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            // Back on /login with ?error= (wrong account, throttled) is an answer too: say so instead of waiting out the timeout.
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal) || url.Contains("error=", StringComparison.Ordinal), new() { Timeout = 60_000 });
            if (page.Url.Contains("/login", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"bench-clerk-{clerk} was not signed in: {page.Url}");
            }
            state = _signedIn[clerk] = await context.StorageStateAsync();
        }
        return state;
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAllAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>An item opened on the intake page the way a clerk opens it: typed into the picker, chosen from the list.</summary>
public sealed record IntakeForm(string Name, string ItemName, int Rows)
{
    /// <summary>RS-016 社会保障卡金融功能启用: a select and a checkbox.</summary>
    public static readonly IntakeForm Small = new("small item, 2 fields (RS-016)", "社会保障卡金融功能启用", 0);

    /// <summary>MZ-001 最低生活保障: 17 fields with its templates and 12 household rows, the shipped catalog's maximum.</summary>
    public static readonly IntakeForm Largest = new("largest form (MZ-001 低保), 12 household rows", "最低生活保障家庭认定及保障金给付", 12);

    /// <summary>MZ-001 with 20 household rows, the count issue 10 names (on <see cref="TwentyRowCatalog"/>).</summary>
    public static readonly IntakeForm Largest20 = new("largest form (MZ-001 低保), 20 household rows", "最低生活保障家庭认定及保障金给付", TwentyRowCatalog.Rows);

    public async Task OpenAsync(IPage page)
    {
        await page.GetByLabel("查找事项").FillAsync(ItemName);
        await page.GetByRole(AriaRole.Option, new() { Name = ItemName }).First.ClickAsync();
        await page.GetByTestId("selected-item").Filter(new() { HasText = ItemName }).WaitForAsync();
        var rows = page.Locator("[data-field='members'] [data-row]");
        var add = page.Locator("[data-field='members']").GetByRole(AriaRole.Button, new() { Name = "添加一行" });
        for (var tries = 0; tries < 3 * Rows && await rows.CountAsync() < Rows && await add.IsEnabledAsync(); tries++)
        {
            var before = await rows.CountAsync();
            await add.ClickAsync();
            for (var wait = 0; wait < 50 && await rows.CountAsync() == before; wait++)
            {
                await Task.Delay(100);
            }
        }
        if (await rows.CountAsync() != Rows)
        {
            throw new InvalidOperationException($"{Name}: {await rows.CountAsync()} household rows open, not {Rows}");
        }
    }

    /// <summary>Types a resident ID and a name into the first household row, key by key.</summary>
    public static async Task<(int Keys, TimeSpan Elapsed)> TypeIntoLargestAsync(IPage page)
    {
        const string id = "330902199001011238", name = "wangxiaoyan";
        var started = Stopwatch.StartNew();
        await page.Locator("[data-field='members[0].idNumber'] input").PressSequentiallyAsync(id, new() { Delay = 40 });
        await page.Locator("[data-field='members[0].name'] input").PressSequentiallyAsync(name, new() { Delay = 40 });
        var elapsed = started.Elapsed;
        await Task.Delay(1500); // let the last events reach the server
        return (id.Length + name.Length, elapsed);
    }
}
