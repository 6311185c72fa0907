using Bunit;
using ClerkStation.Domain.Cases;
using ClerkStation.Features.FollowUps;
using MudBlazor;

namespace ClerkStation.Tests.Components.FollowUps;

/// <summary>出件 of a case the clerk accepted: at the window the collector (prefilled as the applicant, ID checked), by post the tracking number.</summary>
public sealed class DeliverDialogTests(ClerkAppFactory app) : AppDialogTest(app, Actors.Clerk)
{
    private const string Confirm = "[data-testid=deliver-confirm]";

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog, Guid CaseId)> ShowAsync()
    {
        var accepted = (await App.SendAsync(Actors.Clerk, IntakeSamples.Instant())).Cases.Single();
        var (provider, dialog) = await ShowDialogAsync(new DialogParameters<DeliverDialog> { { d => d.CaseId, accepted.Id }, { d => d.Number, accepted.Number } });
        Assert.Equal($"出件：{accepted.Number}", provider.Find("#deliver-title").TextContent);
        return (provider, dialog, accepted.Id);
    }

    private static Task ChooseMethodAsync(IRenderedComponent<MudDialogProvider> provider, DeliveryMethod method) =>
        provider.FindAll("input[type=radio]")[Array.IndexOf(Enum.GetValues<DeliveryMethod>(), method)].ClickAsync(new());

    [Fact]
    public async Task At_the_window_the_applicant_is_prefilled_as_the_collector()
    {
        var (provider, dialog, caseId) = await ShowAsync();

        Assert.Equal("王芳", provider.Find("#collector-name").GetAttribute("value"));
        Assert.Equal(TestIds.WangFang, provider.Find("#collector-id").GetAttribute("value"));

        var deliver = await ConfirmedAsync<DeliverCase>(provider, dialog, Confirm);
        Assert.Equal(new DeliverCase(caseId, DeliveryMethod.Window, "王芳", TestIds.WangFang, string.Empty), deliver);
    }

    [Fact]
    public async Task Someone_else_collecting_is_recorded_and_a_wrong_id_number_is_refused()
    {
        var (provider, dialog, caseId) = await ShowAsync();

        provider.Find("#collector-name").Input("  李明  ");
        provider.Find("#collector-id").Input(TestIds.InvalidCheckDigit);
        await AssertRefusedAsync(provider, dialog, Confirm, "领取人身份证号", "身份证号校验位不正确");

        provider.Find("#collector-id").Input(TestIds.LiMing);
        var deliver = await ConfirmedAsync<DeliverCase>(provider, dialog, Confirm);
        Assert.Equal(new DeliverCase(caseId, DeliveryMethod.Window, "李明", TestIds.LiMing, string.Empty), deliver);
    }

    [Fact]
    public async Task By_post_the_tracking_number_is_required_and_recorded()
    {
        var (provider, dialog, caseId) = await ShowAsync();

        await ChooseMethodAsync(provider, DeliveryMethod.Post);
        Assert.Empty(provider.FindAll("#collector-name"));
        await AssertRefusedAsync(provider, dialog, Confirm, "邮寄单号");

        provider.Find("#tracking-number").Input(" SF1234567890 ");
        var deliver = await ConfirmedAsync<DeliverCase>(provider, dialog, Confirm);
        Assert.Equal((caseId, DeliveryMethod.Post, "SF1234567890"), (deliver.CaseId, deliver.Method, deliver.TrackingNumber));
    }

    [Fact]
    public async Task Electronic_delivery_needs_nothing_more()
    {
        var (provider, dialog, _) = await ShowAsync();

        await ChooseMethodAsync(provider, DeliveryMethod.Electronic);

        Assert.Contains("结果将以电子证照或电子文书方式送达申请人。", provider.Markup);
        Assert.Equal(DeliveryMethod.Electronic, (await ConfirmedAsync<DeliverCase>(provider, dialog, Confirm)).Method);
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog, _) = await ShowAsync();

        await AssertCancelsAsync(provider, dialog);
    }
}
