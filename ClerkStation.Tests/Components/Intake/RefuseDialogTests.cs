using Bunit;
using ClerkStation.Features.Intake;
using MudBlazor;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>不予受理 asks for the reason printed on the applicant's notice: the shared one-text dialog, required, in the refusal's colour.</summary>
public sealed class RefuseDialogTests : MudComponentTest
{
    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync() => ShowDialogAsync<RefuseDialog>();

    [Fact]
    public async Task A_refusal_without_a_reason_is_not_sent()
    {
        var (provider, dialog) = await ShowAsync();

        provider.Find("textarea").Input("   ");
        provider.Find("[data-testid=refuse-confirm]").Click();

        Assert.False(dialog.Result.IsCompleted);
        Assert.NotEmpty(provider.FindAll(".mud-input-error"));
    }

    [Fact]
    public async Task The_confirm_button_has_the_refusal_colour_and_the_title_names_the_dialog()
    {
        var (provider, _) = await ShowAsync();

        Assert.Contains("mud-button-filled-error", provider.Find("[data-testid=refuse-confirm]").ClassName);
        Assert.Single(provider.FindAll("#refuse-title"));
        Assert.Single(provider.FindAll("#refuse-text"));
    }
}
