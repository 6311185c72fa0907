using Bunit;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// A catalog radio field is a group of native radios (NativeRadio): one name, the legend's label, required and invalid
/// said to assistive technology, the choice shown checked, and a read-only form leaving only its choice in reach.
/// </summary>
[Collection("DynamicForm")]
public sealed class ChoiceFieldRadioTests : FormTestContext
{
    [Fact]
    public void The_group_is_labelled_by_its_legend_and_says_it_is_required()
    {
        var cut = RenderForm(TestForms.Household(), new FormData());

        var group = cut.Find("#f-hasVehicle");
        Assert.Equal("radiogroup", group.GetAttribute("role"));
        Assert.Equal("true", group.GetAttribute("aria-required"));
        Assert.Contains("是否有车", cut.Find("#" + group.GetAttribute("aria-labelledby")).TextContent, StringComparison.Ordinal);
        var radios = cut.FindAll("#f-hasVehicle input[type=radio]");
        Assert.Equal(2, radios.Count);
        Assert.All(radios, r => Assert.Equal("f-hasVehicle", r.GetAttribute("name")));
        Assert.All(radios, r => Assert.False(r.HasAttribute("checked")));
    }

    [Fact]
    public async Task Choosing_an_option_stores_it_checks_it_and_clears_the_required_error()
    {
        var data = new FormData();
        var cut = RenderForm(TestForms.Household(), data);
        await cut.InvokeAsync(() => cut.Instance.ValidateAll());
        Assert.Equal("true", cut.Find("#f-hasVehicle").GetAttribute("aria-invalid"));

        cut.FindAll("#f-hasVehicle input[type=radio]")[1].Change(true);

        Assert.Equal("no", data.Get("hasVehicle"));
        Assert.True(cut.FindAll("#f-hasVehicle input[type=radio]")[1].HasAttribute("checked"));
        Assert.Equal("false", cut.Find("#f-hasVehicle").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_read_only_form_keeps_the_choice_shown_and_the_other_options_out_of_reach()
    {
        var cut = RenderForm(TestForms.Household(), new FormData().Set("hasVehicle", "yes"), readOnly: true);

        var radios = cut.FindAll("#f-hasVehicle input[type=radio]");
        Assert.True(radios[0].HasAttribute("checked"));
        Assert.False(radios[0].HasAttribute("disabled"));
        Assert.True(radios[1].HasAttribute("disabled"));
    }
}
