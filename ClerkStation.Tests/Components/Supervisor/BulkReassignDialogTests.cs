using Bunit;
using ClerkStation.Features.Supervisor;
using MudBlazor;
using static ClerkStation.Tests.Components.Supervisor.StaffSamples;

namespace ClerkStation.Tests.Components.Supervisor;

/// <summary>Someone is absent: everything they hold goes to a colleague who can do it (a reviewer's may go back to the queue), with a reason.</summary>
public sealed class BulkReassignDialogTests : MudComponentTest
{
    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(StaffEntry absent, bool reviewer) =>
        ShowDialogAsync(new DialogParameters<BulkReassignDialog>
        {
            { d => d.PersonId, absent.Id }, { d => d.PersonName, absent.DisplayName }, { d => d.IsReviewer, reviewer }, { d => d.Directory, Staff },
        });

    private const string Confirm = "[data-testid=bulk-confirm]";

    [Fact]
    public async Task An_absent_reviewers_cases_go_only_to_reviewers_of_the_same_department()
    {
        var (provider, _) = await ShowAsync(ReviewerMz, reviewer: true);

        Assert.Equal("张审核 不在岗：改派全部办件", provider.Find("#bulk-title").TextContent);
        Assert.Contains("不选人则全部退回部门待办队列。", provider.Markup);
        Assert.Equal([ReviewerMz2.Shown()], await OptionsAsync(provider, "接手人"));
    }

    [Fact]
    public async Task An_absent_reviewers_cases_may_go_back_to_the_queue()
    {
        var (provider, dialog) = await ShowAsync(ReviewerMz, reviewer: true);

        provider.Find("#bulk-reason").Input("  病假  ");

        Assert.Equal(new ReassignAllHeldBy(ReviewerMz.Id, null, "病假"), await ConfirmedAsync<ReassignAllHeldBy>(provider, dialog, Confirm));
    }

    [Fact]
    public async Task An_absent_clerks_cases_go_to_the_chosen_clerk()
    {
        var (provider, dialog) = await ShowAsync(Clerk, reviewer: false);

        Assert.Contains("选择接手跟进和出件的受理员。", provider.Markup);
        Assert.Equal([Clerk2.Shown()], await OptionsAsync(provider, "接手人"));
        await ChooseAsync(provider, "接手人", Clerk2.Shown());
        provider.Find("#bulk-reason").Input("外出培训");

        Assert.Equal(new ReassignAllHeldBy(Clerk.Id, Clerk2.Id, "外出培训"), await ConfirmedAsync<ReassignAllHeldBy>(provider, dialog, Confirm));
    }

    [Theory]
    [InlineData(false, "外出培训", "接手人")] // a clerk's follow-ups need someone to take them
    [InlineData(true, "  ", "原因")]
    public async Task Without_a_clerk_to_take_over_or_a_reason_it_stays_open_and_says_what_is_missing(bool chooseClerk, string reason, string missing)
    {
        var (provider, dialog) = await ShowAsync(Clerk, reviewer: false);

        if (chooseClerk)
        {
            await ChooseAsync(provider, "接手人", Clerk2.Shown());
        }

        provider.Find("#bulk-reason").Input(reason);

        await AssertRefusedAsync(provider, dialog, Confirm, missing);
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog) = await ShowAsync(Clerk, reviewer: false);

        await AssertCancelsAsync(provider, dialog);
    }
}
