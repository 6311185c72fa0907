using Bunit;
using ClerkStation.Features.BackOffice;
using MudBlazor;

namespace ClerkStation.Tests.Components.BackOffice;

/// <summary>退回错派件: the reviewer names the department the case belongs to and why; both are required.</summary>
public sealed class ReturnDialogTests() : MudComponentTest(services => services.AddSingleton(SeedData.Catalog))
{
    private static string DepartmentName(string code) => SeedData.Catalog.Catalog.Departments.Single(d => d.Code == code).Name.Current;

    private Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> ShowAsync() =>
        ShowDialogAsync(new DialogParameters<ReturnDialog> { { d => d.CurrentDepartment, "mz" } });

    [Fact]
    public async Task It_offers_every_other_department_and_asks_for_a_reason()
    {
        var (provider, _) = await ShowAsync();

        Assert.Equal("退回错派件", provider.Find("#return-title").TextContent);
        Assert.Contains("理由", provider.Markup);
        var options = await OptionsAsync(provider, "应办理部门");
        Assert.Equal(SeedData.Catalog.Catalog.Departments.Count - 1, options.Count);
        Assert.DoesNotContain(DepartmentName("mz"), options);
        Assert.Contains(DepartmentName("rs"), options);
    }

    [Fact]
    public async Task Confirming_returns_the_chosen_department_and_the_trimmed_reason()
    {
        var (provider, dialog) = await ShowAsync();

        await ChooseAsync(provider, "应办理部门", DepartmentName("rs"));
        provider.Find("#return-reason").Input("  属于人社业务  ");

        Assert.Equal(("rs", "属于人社业务"), await ConfirmedAsync<(string, string)>(provider, dialog, "[data-testid=return-confirm]"));
    }

    [Theory]
    [InlineData(true, "", "理由")]
    [InlineData(true, "  ", "理由")]
    [InlineData(false, "属于人社业务", "应办理部门")]
    public async Task Without_a_department_or_a_reason_it_stays_open_and_says_what_is_required(bool chooseDepartment, string reason, string missing)
    {
        var (provider, dialog) = await ShowAsync();

        if (chooseDepartment)
        {
            await ChooseAsync(provider, "应办理部门", DepartmentName("rs"));
        }

        provider.Find("#return-reason").Input(reason);

        await AssertRefusedAsync(provider, dialog, "[data-testid=return-confirm]", missing);
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog) = await ShowAsync();

        await AssertCancelsAsync(provider, dialog);
    }
}
