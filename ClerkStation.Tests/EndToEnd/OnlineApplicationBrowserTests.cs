using System.Net;
using System.Text;
using System.Text.Json;
using ClerkStation.Domain.Forms;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>网上申请 in a real browser: a pre-application posted to the API is found at the counter, opens filled, and is accepted.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OnlineApplicationBrowserTests(BrowserAppFixture app)
{
    private async Task<(string Number, Uri Location)> PostAsync(HttpClient http)
    {
        // MZ-012 with every material it requires declared as an original: the clerk only has to check them.
        var target = app.Factory.Services.GetRequiredService<CatalogStore>().FindTarget("MZ-012")!;
        var form = new Dictionary<string, string> { ["changeReason"] = "account", ["holderName"] = "李四", ["holderId"] = TestIds.LiMing };
        var data = FormData.FromJson(JsonSerializer.Serialize(form));
        var body = JsonSerializer.Serialize(new
        {
            target = "MZ-012",
            channel = "Online",
            applicant = new { kind = "Person", name = "王芳", idNumber = TestIds.WangFang, phone = "13812345678" },
            form,
            materials = target.RequiredMaterials(data).ToDictionary(m => m.Code, _ => "Original"),
        });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await ApiHttp.JsonAsync(response)).GetProperty("number").GetString()!, response.Headers.Location!);
    }

    [Fact]
    public async Task The_clerk_finds_an_online_application_opens_it_filled_and_accepts_it()
    {
        // The app listens on a real port here: the API is called there, as an integrator would.
        using var http = new HttpClient { BaseAddress = new Uri(app.Factory.BaseAddress) };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await ApiHttp.TokenAsync(http));
        var (number, location) = await PostAsync(http);
        var (other, _) = await PostAsync(http);

        var page = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk");
        await page.GotoAsync("/counter/online");
        await page.Locator("h1[data-ready=true], [data-ready=true]").First.WaitForAsync();
        await page.WaitForInteractiveAsync();
        await page.Locator("#online-search").FillAsync(number);
        var row = page.Locator($"[data-testid=online-row][data-number='{number}']");
        await Assertions.Expect(row).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-testid=online-row][data-number='{other}']")).ToHaveCountAsync(0);
        await Assertions.Expect(row).ToContainTextAsync("网上");
        await Assertions.Expect(row).Not.ToContainTextAsync(TestIds.WangFang); // masked in the list
        await page.ScreenshotAsync("online-list-zh");

        await row.Locator("a").ClickAsync();
        await Assertions.Expect(page.GetByTestId("pre-application")).ToContainTextAsync(number);
        await Assertions.Expect(page.GetByLabel("身份证号码")).ToHaveValueAsync(TestIds.WangFang);
        await Assertions.Expect(page.GetByLabel("残疾人姓名")).ToHaveValueAsync("李四");
        await page.ScreenshotAsync("online-intake-zh");
        await page.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("已受理");

        var status = await ApiHttp.JsonAsync(await http.GetAsync(location, TestContext.Current.CancellationToken));
        Assert.Equal("Accepted", status.GetProperty("status").GetString());

        // The same list in English, with the other application still waiting.
        var english = await app.Browser.OpenCounterAsync(app.Factory.BaseAddress, "clerk", "en-US");
        await english.GotoAsync("/counter/online");
        await english.WaitForInteractiveAsync();
        var waiting = english.Locator($"[data-testid=online-row][data-number='{other}']");
        await Assertions.Expect(waiting).ToContainTextAsync("Online");
        await english.ScreenshotAsync("online-list-en");
        await waiting.Locator("a").ClickAsync();
        await Assertions.Expect(english.GetByTestId("pre-application")).ToContainTextAsync("check the originals");
        await english.ScreenshotAsync("online-intake-en");
    }
}
