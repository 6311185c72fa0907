using Bunit;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>Conditions in the rendered form: VisibleWhen shows and hides a field, RequiredWhen marks it required.</summary>
[Collection("DynamicForm")] // one form at a time, as when these were one class
public sealed class DynamicFormConditionTests : FormTestContext
{
    [Fact]
    public void VisibleWhen_hides_and_shows_a_field_as_the_controlling_value_changes()
    {
        var data = new FormData();
        var cut = RenderForm(TestForms.Household(), data);
        Assert.Empty(cut.FindAll("#f-vehicleValue"));

        cut.FindAll("#f-hasVehicle input[type=radio]")[0].Change(true);
        Assert.Equal("yes", data.Get("hasVehicle"));
        Assert.Single(cut.FindAll("#f-vehicleValue"));

        cut.FindAll("#f-hasVehicle input[type=radio]")[1].Change(true);
        Assert.Empty(cut.FindAll("#f-vehicleValue"));
    }

    [Fact]
    public void RequiredWhen_marks_the_field_required_only_while_the_condition_holds()
    {
        var cut = RenderForm(TestForms.Household(), new FormData());
        Assert.Null(cut.Find("#f-vehicleNote").GetAttribute("aria-required")); // not required: no aria-required at all
        cut.Find("#f-vehicleNote").Blur();
        Assert.Empty(cut.FindAll("#f-vehicleNote-error"));

        cut.FindAll("#f-hasVehicle input[type=radio]")[0].Change(true);
        Assert.Equal("true", cut.Find("#f-vehicleNote").GetAttribute("aria-required"));
        cut.Find("#f-vehicleNote").Blur();
        Assert.Equal("此项为必填项", cut.Find("#f-vehicleNote-error").TextContent.Trim());

        // The condition stops holding: the stale "required" goes away without touching the field.
        cut.FindAll("#f-hasVehicle input[type=radio]")[1].Change(true);
        Assert.Null(cut.Find("#f-vehicleNote").GetAttribute("aria-required")); // not required: no aria-required at all
        Assert.Empty(cut.FindAll("#f-vehicleNote-error"));
    }
}
