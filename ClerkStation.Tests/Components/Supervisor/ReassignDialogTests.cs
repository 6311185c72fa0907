using Bunit;
using ClerkStation.Features.Supervisor;
using MudBlazor;
using static ClerkStation.Tests.Components.Supervisor.StaffSamples;
using Kind = ClerkStation.Features.Supervisor.ReassignDialog.ReassignKind;

namespace ClerkStation.Tests.Components.Supervisor;

/// <summary>改派 of one case: to another reviewer of its department, to the right department, or to another clerk; always with a reason.</summary>
public sealed class ReassignDialogTests() : MudComponentTest(services => services.AddSingleton(SeedData.Catalog))
{
    private const string Confirm = "[data-testid=reassign-confirm]";

    private static readonly Guid CaseId = Guid.NewGuid();

    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync(Kind kind) =>
        ShowDialogAsync(new DialogParameters<ReassignDialog>
        {
            { d => d.CaseId, CaseId }, { d => d.Number, "ZS-0001" }, { d => d.DepartmentCode, "mz" }, { d => d.ClaimedById, ReviewerMz.Id },
            { d => d.AssignedClerkId, Clerk.Id }, { d => d.Directory, Staff }, { d => d.InitialKind, kind },
        });

    private static async Task<object> ConfirmAsync(IRenderedComponent<MudDialogProvider> provider, IDialogReference dialog)
    {
        provider.Find("#reassign-reason").Input("  请假  ");
        return await ConfirmedAsync<object>(provider, dialog, Confirm);
    }

    [Fact]
    public async Task A_case_goes_to_another_reviewer_of_its_department()
    {
        var (provider, dialog) = await ShowAsync(Kind.Reviewer);

        Assert.Equal("改派办件 ZS-0001", provider.Find("#reassign-title").TextContent);
        Assert.Equal([ReviewerMz2.Shown()], await OptionsAsync(provider, "审核人员"));
        await ChooseAsync(provider, "审核人员", ReviewerMz2.Shown());

        Assert.Equal(new ReassignCase(CaseId, ReviewerMz2.Id, null, "请假"), await ConfirmAsync(provider, dialog));
    }

    [Fact]
    public async Task A_misrouted_case_goes_to_another_department()
    {
        var (provider, dialog) = await ShowAsync(Kind.Department);
        var rs = SeedData.Catalog.Catalog.Departments.Single(d => d.Code == "rs").Name.Current;

        Assert.DoesNotContain(SeedData.Catalog.Catalog.Departments.Single(d => d.Code == "mz").Name.Current, await OptionsAsync(provider, "部门"));
        await ChooseAsync(provider, "部门", rs);

        Assert.Equal(new ReassignCase(CaseId, null, "rs", "请假"), await ConfirmAsync(provider, dialog));
    }

    [Fact]
    public async Task Choosing_the_clerk_kind_hands_the_follow_up_to_another_clerk()
    {
        var (provider, dialog) = await ShowAsync(Kind.Reviewer);

        Assert.Contains("改由其他受理员跟进", provider.Markup);
        await provider.FindAll("input[type=radio]")[2].ClickAsync(new());
        Assert.Equal([Clerk2.Shown()], await OptionsAsync(provider, "受理员"));
        await ChooseAsync(provider, "受理员", Clerk2.Shown());

        Assert.Equal(new ReassignCaseClerk(CaseId, Clerk2.Id, "请假"), await ConfirmAsync(provider, dialog));
    }

    [Theory]
    [InlineData(false, "请假", "审核人员")]
    [InlineData(true, "  ", "原因")]
    public async Task Without_someone_to_take_it_or_a_reason_it_stays_open_and_says_what_is_missing(bool chooseReviewer, string reason, string missing)
    {
        var (provider, dialog) = await ShowAsync(Kind.Reviewer);

        if (chooseReviewer)
        {
            await ChooseAsync(provider, "审核人员", ReviewerMz2.Shown());
        }

        provider.Find("#reassign-reason").Input(reason);

        await AssertRefusedAsync(provider, dialog, Confirm, missing);
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog) = await ShowAsync(Kind.Department);

        await AssertCancelsAsync(provider, dialog);
    }
}
