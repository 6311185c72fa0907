using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class LoginTests(BrowserAppFixture app)
{
    [Theory]
    [InlineData("clerk", "/intake")]
    [InlineData("reviewer.mz", "/backoffice")]
    [InlineData("supervisor", "/supervisor")]
    [InlineData("trainer", "/training")]
    [InlineData("trainee", "/training")]
    [InlineData("admin", "/admin")]
    public async Task Each_role_lands_on_its_own_screen_after_signing_in(string user, string expectedPath)
    {
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.LoginAsync(user);
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == expectedPath);
        await page.WaitForInteractiveAsync();
        Assert.Equal(expectedPath, new Uri(page.Url).AbsolutePath);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_a_clear_message_and_stays_signed_out()
    {
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.GotoAsync("/login");
        await page.GetByLabel(Labels.UserName).FillAsync("clerk2");
        await page.GetByLabel(Labels.Password).FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = Labels.SignIn }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码不正确");
        await page.ScreenshotAsync("login-error-zh");
        await page.GotoAsync("/intake");
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_signed_in_user_without_the_role_sees_not_allowed()
    {
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.LoginAsync("reviewer.rs");
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByTestId("not-allowed")).ToContainTextAsync("无权访问");
        await page.ScreenshotAsync("not-allowed-zh");
        await page.Context.CloseAsync();
    }
}
