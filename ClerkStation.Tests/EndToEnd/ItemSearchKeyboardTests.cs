using Microsoft.Playwright;

namespace ClerkStation.Tests.EndToEnd;

/// <summary>Finding and opening an item with the keyboard alone: "/" to the search box, arrows through the results, Enter.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Database", BrowserCollection.EngineIndependent)]
public sealed class ItemSearchKeyboardTests(BrowserAppFixture app) : ItemSearchTestBase(app)
{
    [Fact]
    public async Task A_clerk_opens_an_item_with_the_keyboard_alone()
    {
        var page = await CounterAsync("clerk");
        var box = page.GetByLabel(SearchBox);

        // "/" focuses the search box from anywhere on the page (and is not typed into it).
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await page.Keyboard.PressAsync("/");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(box).ToHaveValueAsync(string.Empty);

        await page.Keyboard.TypeAsync("canjirenzheng");
        await Assertions.Expect(box).ToHaveValueAsync("canjirenzheng");
        await Assertions.Expect(ResultNames(page).First).ToHaveTextAsync(StartsWithDisabilityCertificate());
        await Assertions.Expect(Results(page).First).ToHaveAttributeAsync("aria-selected", "true");

        // ArrowDown moves the selection to the second result; Enter opens exactly that one.
        await page.Keyboard.PressAsync("ArrowDown");
        var selected = Results(page).Nth(1);
        await Assertions.Expect(selected).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await selected.GetAttributeAsync("id"))!);
        var name = await selected.Locator(".cs-result-name").InnerTextAsync();
        Assert.StartsWith("残疾人证", name, StringComparison.Ordinal);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("selected-item")).ToHaveTextAsync(name);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
