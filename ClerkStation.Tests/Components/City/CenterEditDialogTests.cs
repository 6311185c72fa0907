using Bunit;
using ClerkStation.Features.City;

namespace ClerkStation.Tests.Components.City;

/// <summary>The city administrator adds or changes a center; the app's rules decide, each problem shown on its field.</summary>
public sealed class CenterEditDialogTests(ClerkAppFactory app) : AppDialogTest(app, Actors.CityAdmin)
{
    private const string Save = "[data-testid=center-save]";

    private async Task<CenterRow?> FindAsync(string code) =>
        (await App.SendAsync(Actors.CityAdmin, new ListCenters())).SingleOrDefault(c => c.Code == code);

    [Fact]
    public async Task It_asks_for_code_name_county_prefix_and_time_zone_starting_from_the_default_zone()
    {
        var (provider, _) = await ShowDialogAsync<CenterEditDialog>();

        foreach (var label in new[] { "中心代码", "便民服务中心", "县（区）", "办件编号前缀", "时区" })
        {
            Assert.Contains(label, provider.Markup);
        }

        Assert.Equal("Asia/Shanghai", provider.Find("#center-timezone").GetAttribute("value"));
    }

    [Fact]
    public async Task A_new_center_is_saved_and_the_dialog_closes()
    {
        var (provider, dialog) = await ShowDialogAsync<CenterEditDialog>();

        provider.Find("#center-code").Change("putuo");
        provider.Find("#center-name").Change("普陀区便民服务中心");
        provider.Find("#center-county").Change("普陀区");
        provider.Find("#center-prefix").Change("PT");

        Assert.True(await ConfirmedAsync<bool>(provider, dialog, Save));
        var saved = await FindAsync("putuo");
        Assert.Equal(("普陀区便民服务中心", "PT"), (saved?.Name, saved?.CasePrefix));
    }

    [Fact]
    public async Task A_prefix_the_rules_refuse_is_shown_on_the_prefix_and_nothing_is_saved()
    {
        var (provider, dialog) = await ShowDialogAsync<CenterEditDialog>();

        provider.Find("#center-code").Change("badprefix");
        provider.Find("#center-name").Change("前缀错误中心");
        provider.Find("#center-prefix").Change("p1");

        await AssertRefusedAsync(provider, dialog, Save, "办件编号前缀", "编号前缀须为 2–6 个大写字母");
        Assert.Null(await FindAsync("badprefix"));
    }

    [Fact]
    public async Task Cancel_closes_it_as_cancelled()
    {
        var (provider, dialog) = await ShowDialogAsync<CenterEditDialog>();

        await AssertCancelsAsync(provider, dialog);
    }
}
