using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>A promised 低保 application with a two-person household, accepted with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class KeyboardFlowAllowanceTests(BrowserAppFixture app) : KeyboardFlowTestBase(app)
{
    [Fact]
    public Task A_promised_minimum_living_allowance_with_a_two_person_household_is_accepted_with_the_keyboard_alone() =>
        PlayAsync(ApplyForAllowanceAsync, "promised 低保 MZ-001, two-person household", "keyboard-allowance");

    private static async Task<KeyboardClerk> ApplyForAllowanceAsync(IPage page)
    {
        var clerk = await IdentifiedAsync(page);
        await OpenItemAsync(page, clerk, "mz001", "MZ-001", "最低生活保障家庭认定及保障金给付");

        // Row 1 is the applicant, prefilled from the ID card: the clerk starts at the first blank, 就业/身体状况.
        await Assertions.Expect(Field(page, "members[0].status")).ToBeFocusedAsync();
        await ChooseAsync(page, clerk, "members[0].status", 2, "务农");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("800");
        await clerk.PressAsync("Tab"); // 添加一行
        await clerk.TimedAsync("add household member", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(Field(page, "members[1].name")).ToBeFocusedAsync());
        await clerk.TypeAsync("李明");
        await clerk.PressAsync("Tab");
        await ChooseAsync(page, clerk, "members[1].relation", 2, "配偶");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync(TestIds.LiMing);
        await clerk.PressAsync("Tab");
        await ChooseAsync(page, clerk, "members[1].status", 5, "退休");
        await clerk.PressAsync("Tab");
        await clerk.TypeAsync("1200");
        await Assertions.Expect(Field(page, "householdSize")).ToHaveValueAsync("2");
        await page.ScreenshotAsync("keyboard-allowance-household-zh"); // the two rows as the clerk sees them

        await BankAccountAsync(page, clerk);

        await clerk.TabToAsync(Choice(page, "hardshipReasons").Nth(2)); // 缺乏劳动力
        await clerk.PressAsync("Space");
        await clerk.TabToAsync(Choice(page, "hasDisabledMember").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Field(page, "housingCount"));
        await clerk.TypeAsync("1");
        await clerk.TabToAsync(Choice(page, "hasVehicle").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Field(page, "financialAssets"));
        await clerk.TypeAsync("3000");
        await clerk.TabToAsync(Choice(page, "hasBusiness").First);
        await clerk.PressAsync("ArrowDown"); // 否
        await clerk.TabToAsync(Choice(page, "applyAsIndividual").First);
        await clerk.PressAsync("Space"); // 以家庭为单位申请
        await clerk.TabToAsync(Choice(page, "authoriseCheck").First);
        await clerk.PressAsync("Space");
        await clerk.PressAsync("Tab");
        await clerk.PressAsync("Space"); // the declaration

        // Materials: the ID card and the two signed forms seen in the original, the household register as an e-licence.
        await ReceiveAsync(page, clerk, [("id-card", "原件"), ("household-register", "电子证照"), ("social-aid-form", "原件"), ("check-authorisation", "原件")]);

        await clerk.TabToAsync(page.GetByTestId("accept"));
        await clerk.TimedAsync("accept", () => Task.CompletedTask, "Enter",
            () => Assertions.Expect(page.GetByTestId("intake-outcome")).ToContainTextAsync("待认领"));
        return clerk;
    }
}
