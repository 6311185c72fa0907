using Bunit;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;
using ClerkStation.Features.Intake;
using MudBlazor;

namespace ClerkStation.Tests.Components.Intake;

/// <summary>一次性告知: the clerk reviews the whole list; what is recorded is exactly what the dialog lists when confirmed.</summary>
public sealed class OneTimeNoticeDialogTests : MudComponentTest
{
    private static readonly NoticeLine IdCard = new(NoticeLineKind.Material, "id-card", new LocalizedText("居民身份证", "ID card"), new LocalizedText("未提供", "Not provided"));

    private static readonly NoticeLine Phone = new(NoticeLineKind.Field, "phone", new LocalizedText("联系电话", "Phone"), LocalizedText.Empty)
    {
        ProblemCode = NoticeCodes.FieldMissing,
    };

    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(NoticeLine[] lines, params NoticeLine[] optional) =>
        ShowDialogAsync(new DialogParameters<OneTimeNoticeDialog> { { d => d.Lines, lines }, { d => d.Optional, optional } });

    private static IReadOnlyList<string> Listed(IRenderedComponent<MudDialogProvider> provider) =>
        provider.FindAll("[data-testid=notice-lines] li").Select(li => li.TextContent.Trim()).ToList();

    private static Task<NoticeReview> ConfirmAsync(IRenderedComponent<MudDialogProvider> provider, IDialogReference dialog) =>
        ConfirmedAsync<NoticeReview>(provider, dialog, "[data-testid=notice-confirm]");

    [Fact]
    public async Task It_lists_each_proposed_line_with_its_problem_and_offers_the_blank_fields()
    {
        var (provider, _) = await ShowAsync([IdCard], Phone);

        Assert.Equal("一次性告知", provider.Find("#notice-title").TextContent);
        Assert.Equal(["居民身份证：未提供"], Listed(provider));
        Assert.Contains("联系电话", provider.Find("[data-testid=notice-optional]").TextContent);
    }

    [Fact]
    public async Task The_recorded_notice_is_what_the_clerk_left_added_and_wrote()
    {
        var (provider, dialog) = await ShowAsync([IdCard], Phone);

        await Button(provider, "列入告知书").ClickAsync(new());
        provider.Find("#notice-free").Input("  村委会证明  ");
        await provider.Find("[data-testid=notice-add]").ClickAsync(new());
        provider.Find("#notice-note").Change("请于五个工作日内补齐");

        var review = await ConfirmAsync(provider, dialog);
        Assert.Equal(["id-card", "phone", "free-1"], review.Lines.Select(l => l.Code));
        Assert.Equal("村委会证明", review.Lines[2].Name.Current);
        Assert.Equal("请于五个工作日内补齐", review.Note);
    }

    [Fact]
    public async Task A_removed_line_is_not_recorded_and_a_removed_blank_field_is_offered_again()
    {
        var (provider, dialog) = await ShowAsync([IdCard, Phone]);

        var removes = provider.FindAll("[data-testid=notice-remove]");
        Assert.Equal("删去此项：联系电话", removes[1].GetAttribute("aria-label"));
        await removes[1].ClickAsync(new());

        Assert.Contains("联系电话", provider.Find("[data-testid=notice-optional]").TextContent);
        Assert.Equal(["id-card"], (await ConfirmAsync(provider, dialog)).Lines.Select(l => l.Code));
    }

    [Fact]
    public async Task An_empty_notice_cannot_be_issued()
    {
        var (provider, dialog) = await ShowAsync([IdCard]);

        await provider.Find("[data-testid=notice-remove]").ClickAsync(new());

        Assert.Empty(Listed(provider));
        Assert.True(provider.Find("[data-testid=notice-confirm]").HasAttribute("disabled"));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog) = await ShowAsync([IdCard]);

        await AssertCancelsAsync(provider, dialog);
    }
}
