using Bunit;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>The shipped catalog (seed-data/catalog) renders through the form renderer.</summary>
public sealed class CatalogFormTests : FormTestContext
{
    private static readonly Lazy<Catalog> Shipped = new(() =>
    {
        var result = CatalogLoader.LoadFromDirectory(RepositoryRoot.Combine("seed-data", "catalog"));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Problems));
        return result.Catalog!;
    });

    public static TheoryData<string> ItemCodes() => [.. Shipped.Value.Items.Select(i => i.Code)];

    [Fact]
    public async Task The_minimum_living_allowance_item_renders_and_validates_like_the_server()
    {
        var form = Shipped.Value.FindItem("MZ-001")!.Form;
        var data = new FormData();
        var cut = RenderForm(form, data);

        Assert.Equal("f-hardshipReasons", ByLabel(cut, "致困原因").Id);
        Assert.Single(cut.FindAll("h3:contains('家庭财产申报')"));
        Assert.Empty(cut.FindAll("#f-vehicleValue"));
        cut.FindAll("#f-hasVehicle input[type=radio]")[0].Change(true);
        Assert.Equal("true", cut.Find("#f-vehicleValue").GetAttribute("aria-required"));

        cut.Find("#f-members-add").Click();
        Assert.NotEmpty(cut.FindAll("[id^='f-members-0-']"));

        Assert.False(await cut.InvokeAsync(() => cut.Instance.ValidateAll()));
        var expected = FormValidator.Validate(form, data, Today).Errors;
        Assert.Equal(expected.Select(e => e.Path + ":" + e.Code).Order(), cut.Instance.CurrentErrors.Select(e => e.Path + ":" + e.Code).Order());
        Assert.Contains(expected, e => e.Path == "vehicleValue");
        Assert.All(expected, e => Assert.NotEmpty(cut.FindAll($"#{Id(e.Path)}-error")));
    }

    [Theory]
    [MemberData(nameof(ItemCodes))]
    public async Task Every_shipped_item_renders_with_labelled_inputs(string code)
    {
        var form = Shipped.Value.FindItem(code)!.Form;
        var cut = RenderForm(form, new FormData());

        foreach (var id in cut.FindAll("input:not([type=radio]):not([type=checkbox]), textarea").Select(i => i.Id).Where(i => i?.StartsWith("f-", StringComparison.Ordinal) == true))
        {
            Assert.Single(cut.FindAll($"label[for='{id}']"));
        }

        await cut.InvokeAsync(() => cut.Instance.ValidateAll());
        Assert.All(cut.Instance.CurrentErrors, e => Assert.NotEqual(e.Code, cut.Find($"#{Id(e.Path)}-error").TextContent.Trim()));
    }

    private static string Id(string path) =>
        "f-" + path.Replace("[", "-", StringComparison.Ordinal).Replace("].", "-", StringComparison.Ordinal).Replace('.', '-');
}
