namespace ClerkStation.Tests.EndToEnd;

/// <summary>
/// The counter on a 375 px screen, in both languages: the clerk's many work areas scroll in the app bar while language and
/// sign-out stay on screen, and no decision or title button breaks its words over two lines (受/理).
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class PhoneLayoutTests(BrowserAppFixture app)
{
    private const int Phone = 375;

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task The_counter_fits_a_phone_without_hiding_sign_out_or_breaking_a_button(string culture)
    {
        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk2", culture);
        await page.SetViewportSizeAsync(Phone, 800);
        await page.Locator("#item-search").FillAsync("RS-018");
        await page.Locator("#item-results [data-code='RS-018']").ClickAsync();
        await page.GetByTestId("accept").WaitForAsync();

        var signOut = await page.Locator("form[action='/account/logout'] button").BoundingBoxAsync();
        Assert.NotNull(signOut);
        Assert.True(signOut.X + signOut.Width <= Phone, $"sign-out ends at {signOut.X + signOut.Width}px on a {Phone}px screen");

        foreach (var button in new[] { "[data-testid=accept]", "[data-testid=notice]", "[data-testid=refuse]", ".cs-keep-label" })
        {
            var lines = await page.Locator(button).First.EvaluateAsync<double>(
                "b => { const l = b.querySelector('.mud-button-label'); return l.getBoundingClientRect().height / parseFloat(getComputedStyle(l).lineHeight); }");
            Assert.True(lines < 1.5, $"{button} in {culture} takes {lines:0.0} lines at {Phone}px");
        }

        await page.ScreenshotAsync($"intake-phone-{culture}");
        await page.Context.CloseAsync();
    }
}
