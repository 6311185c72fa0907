using Bunit;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// The household rows' drop-downs and text fields are native selects and inputs (ADR 0026) that keep their label,
/// required mark, error and value, and a read-only form shows a row's choice without letting it change.
/// </summary>
public sealed class RowNativeInputTests : HouseholdRowsTestBase
{
    [Fact]
    public void A_row_drop_down_is_a_labelled_native_select_that_sets_the_value_and_shows_its_error()
    {
        var data = ThreeRows();
        var cut = RenderForm(Household(), data);

        var select = ByLabel(cut, "与申请人关系");
        Assert.Equal("SELECT", select.TagName);
        Assert.Equal("f-members-0-relation", select.Id);
        Assert.Equal("true", select.GetAttribute("aria-required"));
        Assert.Equal(["", "本人", "配偶", "子女"], cut.FindAll("#f-members-2-relation option").Select(o => o.TextContent));
        Assert.Empty(cut.FindComponents<MudBlazor.MudSelect<string>>());

        cut.Find("#f-members-2-relation").Blur();
        Assert.Equal("此项为必填项", cut.Find("#f-members-2-relation-error").TextContent.Trim());
        Assert.Equal("true", cut.Find("#f-members-2-relation").GetAttribute("aria-invalid"));
        Assert.Equal("f-members-2-relation-error", cut.Find("#f-members-2-relation").GetAttribute("aria-describedby"));

        cut.Find("#f-members-2-relation").Change("child");
        Assert.Equal("child", data.GetRows("members")[2].Get("relation"));
        Assert.Equal(1, ChangeCount);
        Assert.Empty(cut.FindAll("#f-members-2-relation-error"));
        Assert.Equal("false", cut.Find("#f-members-2-relation").GetAttribute("aria-invalid"));
        Assert.Equal("child", cut.Find("#f-members-2-relation").GetAttribute("value"));
    }

    [Fact]
    public void A_row_text_field_is_a_labelled_native_input_that_commits_on_leaving_and_shows_its_error()
    {
        var data = ThreeRows();
        var cut = RenderForm(Household(), data);

        var input = ByLabel(cut, "公民身份号码");
        Assert.Equal("INPUT", input.TagName);
        Assert.Equal("f-members-0-idNumber", input.Id);
        Assert.Equal("true", input.GetAttribute("aria-required"));
        Assert.Equal("decimal", cut.Find("#f-members-1-monthlyIncome").GetAttribute("inputmode"));
        Assert.Equal("¥", cut.Find("[data-field='members[1].monthlyIncome'] .mud-input-adornment-start").TextContent.Trim());
        // No MudBlazor input component anywhere in the form: the computed totals are native read-only inputs too.
        Assert.Empty(cut.FindComponents<MudBlazor.MudTextField<string>>());
        var size = ByLabel(cut, "家庭人数");
        Assert.Equal(("INPUT", "3"), (size.TagName, size.GetAttribute("value")));
        Assert.NotNull(size.GetAttribute("readonly"));
        Assert.Contains("mud-input-filled", size.ParentElement!.ClassName, StringComparison.Ordinal);

        // Leaving commits at once, without waiting for the pause, and checks what was typed.
        cut.Find("#f-members-2-idNumber").Input("3309021990");
        Assert.Equal(0, ChangeCount);
        cut.Find("#f-members-2-idNumber").Blur();
        Assert.Equal(1, ChangeCount);
        Assert.Equal("3309021990", data.GetRows("members")[2].Get("idNumber"));
        Assert.False(string.IsNullOrWhiteSpace(cut.Find("#f-members-2-idNumber-error").TextContent));
        Assert.Equal("true", cut.Find("#f-members-2-idNumber").GetAttribute("aria-invalid"));
        Assert.Equal("f-members-2-idNumber-error", cut.Find("#f-members-2-idNumber").GetAttribute("aria-describedby"));

        Type(cut, "#f-members-2-idNumber", "330902199001011238");
        Assert.Equal("330902199001011238", data.GetRows("members")[2].Get("idNumber"));
        Assert.Empty(cut.FindAll("#f-members-2-idNumber-error"));
        Assert.Equal("false", cut.Find("#f-members-2-idNumber").GetAttribute("aria-invalid"));
        Assert.Contains("1990-01-01", cut.Find("#f-members-2-idNumber-help").TextContent, StringComparison.Ordinal); // what the ID tells
    }

    [Fact]
    public void A_read_only_form_shows_the_row_choice_without_letting_it_change()
    {
        var cut = RenderForm(Household(), ThreeRows(), readOnly: true);

        var select = cut.Find("#f-members-1-relation");
        Assert.True(select.HasAttribute("disabled"));
        Assert.Equal("spouse", select.GetAttribute("value"));
    }
}
