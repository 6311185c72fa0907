using System.Text.Json;
using ClerkStation.Features.Training;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

[Collection(BrowserCollection.Name)]
public sealed class PracticeModeTests(BrowserAppFixture app)
{
    private const string ScenarioCode = "TJ-T02"; // veterans' subsidy asked by someone who never served: must be refused

    [Fact]
    public async Task A_trainee_completes_an_assigned_scenario_sees_the_score_and_the_trainer_sees_it()
    {
        var trainee = await app.Factory.SignedInAsync("trainee");
        await app.Factory.SendAsync(await app.Factory.SignedInAsync("trainer"), m => m.Send(new AssignScenarios(trainee.UserId, [ScenarioCode]), TestContext.Current.CancellationToken));

        var (name, idNumber, title) = Persona();
        var page = await app.Browser.NewPageAsync(app.Factory.BaseAddress);
        await page.LoginAsync("trainee");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/training");
        await page.WaitForInteractiveAsync();
        var banner = page.GetByRole(AriaRole.Region, new() { Name = "练习模式提示" });
        await Assertions.Expect(banner).ToContainTextAsync("练习模式 · 数据不计入正式统计");
        Assert.Equal("Practice", await page.Locator(".cs-root").GetAttributeAsync("data-workspace"));

        await page.GetByRole(AriaRole.Button, new() { Name = $"开始练习：{title}" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("active-run")).ToContainTextAsync(name);
        await Assertions.Expect(banner).ToContainTextAsync(title);
        await page.ScreenshotAsync("practice-banner-zh");

        await page.GetByTestId("go-to-counter").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/intake");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(banner).ToBeVisibleAsync(); // the real counter, in practice
        await page.GetByLabel("身份证号码").FillAsync(idNumber);
        await page.Field("姓名").FillAsync(name);
        await page.GetByLabel("查找事项").FillAsync("老年生活补助");
        await page.Locator("#item-option-TJ-005").ClickAsync();
        await Assertions.Expect(page.GetByTestId("selected-item")).ToBeVisibleAsync();
        await page.GetByTestId("refuse").ClickAsync();
        await page.GetByLabel("不予受理理由").FillAsync("申请人未服过现役，不属于农村籍退役士兵，不符合申请条件。");
        await page.GetByTestId("refuse-confirm").ClickAsync();

        await page.GetByTestId("see-score").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/training/runs/", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("run-score")).ToContainTextAsync("100");
        await Assertions.Expect(page.GetByTestId("feedback")).ToContainTextAsync("不予受理");
        await page.ScreenshotAsync("practice-score-zh");

        await page.SwitchLanguageAsync("en-US");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("feedback")).ToContainTextAsync("Refuse");
        await Assertions.Expect(page.GetByTestId("practice-banner")).ToContainTextAsync("Practice mode");
        await page.ScreenshotAsync("practice-score-en");
        await page.GotoAsync("/intake");
        await page.WaitForInteractiveAsync();
        await page.ScreenshotAsync("practice-banner-en");
        await page.Context.CloseAsync();

        var trainer = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "trainer", "/training/trainer");
        Assert.Equal("Production", await trainer.Locator(".cs-root").GetAttributeAsync("data-workspace"));
        await Assertions.Expect(trainer.GetByTestId("practice-banner")).ToHaveCountAsync(0);
        var runs = trainer.Locator($"[data-trainee='{trainee.DisplayName}']").GetByTestId("trainee-runs");
        await Assertions.Expect(runs).ToContainTextAsync(title);
        await Assertions.Expect(runs).ToContainTextAsync("100 分");
        await trainer.ScreenshotAsync("practice-trainer-zh");
        await trainer.Context.CloseAsync();
    }

    [Fact]
    public async Task A_clerk_in_production_never_sees_the_practice_banner()
    {
        var page = await app.Browser.OpenSignedInAsync(app.Factory.BaseAddress, "clerk2", "/intake");
        Assert.Equal("Production", await page.Locator(".cs-root").GetAttributeAsync("data-workspace"));
        await Assertions.Expect(page.GetByTestId("practice-banner")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private (string Name, string IdNumber, string Title) Persona()
    {
        var file = Path.Combine(SeedData.Folder, "training", "tj.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var scenario = doc.RootElement.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("code").GetString() == ScenarioCode);
        var persona = scenario.GetProperty("persona");
        return (persona.GetProperty("name").GetString()!, persona.GetProperty("idNumber").GetString()!, scenario.GetProperty("title").GetProperty("zh").GetString()!);
    }
}
