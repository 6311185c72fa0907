using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>A 一件事 bundle (退休一件事, two items, two departments) accepted with the keyboard alone, one case per part.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class KeyboardFlowBundleTests(BrowserAppFixture app) : KeyboardFlowTestBase(app)
{
    [Fact]
    public Task A_bundle_is_accepted_as_one_case_per_part_with_the_keyboard_alone() =>
        PlayAsync(ApplyForRetirementAsync, "bundle 退休一件事 YJS-002 (two items, two departments)", "keyboard-bundle");

    private static async Task<KeyboardClerk> ApplyForRetirementAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "yjs002", "YJS-002", "退休一件事");

        // One merged form: the bank account both parts pay into, then each part's own fields.
        await Assertions.Expect(Field(page, "bankName")).ToBeFocusedAsync();
        await BankAccountAsync(page, clerk);
        await clerk.PressAsync("Tab");
        await ChooseAsync(page, clerk, "retirementType", 1, "达到法定退休年龄");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("2026-12-01");
        await clerk.TabToAsync(Choice(page, "insuredAs").First);
        await Assertions.Expect(Field(page, "retirementDate")).ToHaveValueAsync("2026-12-01");
        await clerk.PressAsync("ArrowDown"); // 灵活就业人员（个人申请）
        await clerk.TabToAsync(Field(page, "contributionYears"));
        await clerk.TypeAsync("30");
        await clerk.TabToAsync(Choice(page, "hasOtherPlaces").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Choice(page, "declaration").First);
        await clerk.PressAsync("Space");
        await clerk.TabToAsync(Choice(page, "closeAccount").First);
        await clerk.PressAsync("ArrowDown"); // 否

        // The social security card and the retirement proof are held as e-licences; the rest seen in the original.
        await ReceiveAsync(page, clerk,
            [("id-card", "原件"), ("ssc", "电子证照"), ("personnel-file", "原件"), ("retirement-form", "原件"), ("retire-proof", "电子证照"), ("bank-card", "原件")]);

        await clerk.TabToAsync(page.GetByTestId("accept"));
        await clerk.TimedAsync("accept", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("生成 2 个办件"));
        return clerk;
    }
}
