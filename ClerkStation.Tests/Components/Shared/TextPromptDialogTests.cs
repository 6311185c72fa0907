using Bunit;
using ClerkStation.Features.Shared;
using MudBlazor;

namespace ClerkStation.Tests.Components.Shared;

/// <summary>The one dialog that asks for a text (reason, note, outcome): required unless told, trimmed, its ids from the caller.</summary>
public sealed class TextPromptDialogTests : MudComponentTest
{
    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(bool required = true, string? idPrefix = null)
    {
        var parameters = new DialogParameters<TextPromptDialog> { { d => d.Title, "Deny" }, { d => d.Required, required } };
        if (idPrefix is not null)
        {
            parameters.Add(d => d.IdPrefix, idPrefix);
        }

        return ShowDialogAsync(parameters);
    }

    [Fact]
    public async Task A_required_text_left_empty_keeps_the_dialog_open()
    {
        var (provider, dialog) = await ShowAsync();

        provider.Find("[data-testid=prompt-confirm]").Click();

        Assert.False(dialog.Result.IsCompleted);
        Assert.Single(provider.FindAll("[data-testid=prompt-confirm]"));
    }

    [Fact]
    public async Task The_text_comes_back_trimmed()
    {
        var (provider, dialog) = await ShowAsync();

        provider.Find("textarea").Input("  材料不全  ");
        provider.Find("[data-testid=prompt-confirm]").Click();

        var result = await dialog.Result;
        Assert.NotNull(result);
        Assert.False(result.Canceled);
        Assert.Equal("材料不全", result.Data);
    }

    [Fact]
    public async Task An_optional_text_may_be_empty()
    {
        var (provider, dialog) = await ShowAsync(required: false);

        provider.Find("[data-testid=prompt-confirm]").Click();

        var result = await dialog.Result;
        Assert.NotNull(result);
        Assert.Equal(string.Empty, result.Data);
    }

    [Fact]
    public async Task The_caller_names_the_ids()
    {
        var (provider, _) = await ShowAsync(idPrefix: "reason");

        Assert.Single(provider.FindAll("[data-testid=reason-confirm]"));
        Assert.Single(provider.FindAll("#reason-title"));
        Assert.Empty(provider.FindAll("[data-testid=prompt-confirm]"));
    }
}
