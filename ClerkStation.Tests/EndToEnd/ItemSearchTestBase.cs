using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>What the item search's browser tests share: the counter, the search box and its results, a drop-down, and the 退休一件事 bundle's name.</summary>
public abstract partial class ItemSearchTestBase(BrowserAppFixture app)
{
    protected const string SearchBox = "查找事项";
    protected const string RetirementBundle = "退休一件事";

    protected BrowserAppFixture App => app;

    [GeneratedRegex("^残疾人证")]
    protected static partial Regex StartsWithDisabilityCertificate();

    protected Task<IPage> CounterAsync(string user = "clerk2", string culture = "zh-CN") =>
        app.Browser.OpenCounterAsync(app.Factory.BaseAddress, user, culture);

    protected static ILocator Results(IPage page) => page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option);

    protected static ILocator ResultNames(IPage page) => Results(page).Locator(".cs-result-name");

    protected static async Task SearchAsync(IPage page, string query, string label = SearchBox)
    {
        await page.GetByLabel(label).FillAsync(query);
        await Assertions.Expect(page.GetByLabel(label)).ToHaveValueAsync(query);
    }

}
