using Bunit;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>Group rows in the rendered form: adding and removing within their bounds, computed count and sum, read-only rows.</summary>
[Collection("DynamicForm")] // one form at a time, as when these were one class
public sealed class DynamicFormGroupRowTests : FormTestContext
{
    [Fact]
    public void Group_rows_can_be_added_up_to_maxRows_and_removed_down_to_minRows()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "甲");
        var cut = RenderForm(TestForms.Household(), data);

        Assert.True(RemoveButton(cut, 1).HasAttribute("disabled"));
        cut.Find("#f-members-add").Click();
        cut.Find("#f-members-add").Click();
        Assert.Equal(3, data.GetRows("members").Count);
        Assert.True(cut.Find("#f-members-add").HasAttribute("disabled"));
        Assert.Equal(3, cut.FindAll("[data-row]").Count);
        Assert.Equal("家庭成员：第 2 行", cut.Find("[data-row='1']").GetAttribute("aria-label"));

        Type(cut, "#f-members-1-name", "乙");
        RemoveButton(cut, 1).Click();

        Assert.Equal(2, data.GetRows("members").Count);
        Assert.Equal("乙", data.GetRows("members")[0].Get("name"));
        Assert.False(cut.Find("#f-members-add").HasAttribute("disabled"));
        RemoveButton(cut, 2).Click();
        Assert.Single(data.GetRows("members"));
        Assert.True(RemoveButton(cut, 1).HasAttribute("disabled"));
    }

    [Fact]
    public void Computed_count_and_sum_update_as_rows_and_incomes_change()
    {
        var data = new FormData();
        data.AddRow("members");
        var cut = RenderForm(TestForms.Household(), data);
        Assert.Equal("1", cut.Find("#f-householdSize").GetAttribute("value"));
        Assert.Equal("0", cut.Find("#f-totalIncome").GetAttribute("value"));

        Type(cut, "#f-members-0-monthlyIncome", "1200.50");
        cut.Find("#f-members-add").Click();
        Type(cut, "#f-members-1-monthlyIncome", "800");

        Assert.Equal("2", cut.Find("#f-householdSize").GetAttribute("value"));
        Assert.Equal("2000.5", cut.Find("#f-totalIncome").GetAttribute("value"));
        Assert.Equal("2000.5", data.Get("totalIncome"));
    }

    [Fact]
    public void Read_only_forms_offer_no_row_buttons_and_read_only_inputs()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "甲");
        var cut = RenderForm(TestForms.Household(), data, readOnly: true);

        Assert.Empty(cut.FindAll("#f-members-add"));
        Assert.Empty(cut.FindAll("button:contains('删除')"));
        Assert.True(cut.Find("#f-members-0-name").HasAttribute("readonly"));
    }

    private static AngleSharp.Dom.IElement RemoveButton(IRenderedComponent<ClerkStation.Features.Forms.DynamicForm> cut, int rowNumber) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == $"删除第 {rowNumber} 行");
}
