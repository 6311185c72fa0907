using Bunit;
using ClerkStation.Features.BackOffice;

namespace ClerkStation.Tests.Components.BackOffice;

/// <summary>通知补正: one line per thing the applicant must bring; blank lines are not items, and none at all is refused.</summary>
public sealed class SupplementDialogTests : MudComponentTest
{
    [Fact]
    public async Task It_explains_that_each_line_is_one_item()
    {
        var (provider, _) = await ShowDialogAsync<SupplementDialog>();

        Assert.Equal("通知补正", provider.Find("#supplement-title").TextContent);
        Assert.Contains("每行一项", provider.Markup);
        Assert.Contains("补正内容", provider.Markup);
    }

    [Fact]
    public async Task Confirming_returns_one_trimmed_item_per_written_line()
    {
        var (provider, dialog) = await ShowDialogAsync<SupplementDialog>();

        provider.Find("#supplement-items").Input("  户口簿复印件 \n\n 近期照片两张\n");

        Assert.Equal(["户口簿复印件", "近期照片两张"], await ConfirmedAsync<IReadOnlyList<string>>(provider, dialog, "[data-testid=supplement-confirm]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n  \n")]
    public async Task Nothing_to_supplement_is_refused_with_a_message(string text)
    {
        var (provider, dialog) = await ShowDialogAsync<SupplementDialog>();

        provider.Find("#supplement-items").Input(text);

        await AssertRefusedAsync(provider, dialog, "[data-testid=supplement-confirm]", "补正内容", "请列出需要补正的内容。");
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog) = await ShowDialogAsync<SupplementDialog>();

        await AssertCancelsAsync(provider, dialog);
    }
}
