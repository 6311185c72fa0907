using System.Globalization;
using Bunit;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>The form as rendered: inputs and labels per kind, the ID number's check, help, and the English culture.</summary>
[Collection("DynamicForm")] // one form at a time, as when these were one class
public sealed class DynamicFormRenderingTests : FormTestContext
{
    [Fact]
    public void Every_kind_renders_an_input_its_label_is_bound_to()
    {
        var cut = RenderForm(TestForms.EveryKind(), new FormData());

        foreach (var kind in Enum.GetValues<FieldKind>().Where(k => k is not (FieldKind.Section or FieldKind.Group)))
        {
            var input = ByLabel(cut, $"标签-{kind}");
            Assert.Contains(input.TagName, new[] { "INPUT", "TEXTAREA", "SELECT", "DIV" });
            Assert.Equal("f-" + TestForms.Key(kind), ClosestId(input));
        }

        Assert.Equal("标签-Section", cut.Find("h3#f-kSection").TextContent.Trim());
        var group = cut.Find("section#f-kGroup");
        Assert.Equal("f-kGroup-label", group.GetAttribute("aria-labelledby"));
        Assert.Equal("添加一行", cut.Find("#f-kGroup-add").TextContent.Trim());
        Assert.Equal("TEXTAREA", ByLabel(cut, "标签-Textarea").TagName);
        Assert.Equal("SELECT", ByLabel(cut, "标签-Select").TagName);
        Assert.Equal("decimal", ByLabel(cut, "标签-Money").GetAttribute("inputmode"));
        Assert.Contains("¥", cut.Find("[data-field=kMoney]").TextContent);
        Assert.NotNull(ByLabel(cut, "标签-Computed").GetAttribute("readonly"));
    }

    [Fact]
    public void A_form_without_the_centers_day_refuses_to_render()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            Render<DynamicForm>(p => p.Add(c => c.Form, TestForms.Household()).Add(c => c.Data, new FormData())));

        Assert.Contains("CenterClock.Today", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_check_digit_shows_the_message_and_a_valid_id_shows_birth_date_and_sex()
    {
        var data = new FormData();
        var cut = RenderForm(TestForms.Household(), data);
        var wrong = ValidId[..17] + (ValidId[17] == '1' ? '2' : '1');

        Type(cut, "#f-idNumber", wrong);

        Assert.Equal("身份证号校验位不正确，请核对", cut.Find("#f-idNumber-error").TextContent.Trim());
        Assert.Equal("true", cut.Find("#f-idNumber").GetAttribute("aria-invalid"));

        Type(cut, "#f-idNumber", ValidId.ToLowerInvariant());

        Assert.Empty(cut.FindAll("#f-idNumber-error"));
        Assert.Equal(ValidId.ToUpperInvariant(), data.Get("idNumber"));
        Assert.Contains("出生日期 1985-06-15，性别 男", cut.Find("[data-field=idNumber]").TextContent);
        Assert.Equal("false", cut.Find("#f-idNumber").GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData(FieldKind.Text)]
    [InlineData(FieldKind.Radio)]
    [InlineData(FieldKind.Checkbox)]
    [InlineData(FieldKind.MultiSelect)]
    public void Help_text_is_associated_with_its_input(FieldKind kind)
    {
        var form = new FormDefinition([
            TestForms.Field("q", kind, "问题", "Question") with { Options = TestForms.YesNo, Help = new("请如实填写", "Answer truthfully") },
        ]);
        var cut = RenderForm(form, new FormData());

        var input = ByLabel(cut, "问题");
        var describedBy = input.GetAttribute("aria-describedby");
        Assert.False(string.IsNullOrEmpty(describedBy), input.OuterHtml);
        Assert.Contains("请如实填写", string.Concat(describedBy!.Split(' ').Select(id => cut.Find($"#{id}").TextContent)));
    }

    [Fact]
    public void English_culture_shows_english_labels_and_messages()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-US");
        try
        {
            var cut = RenderForm(TestForms.Household(), new FormData());
            Assert.Equal("f-idNumber", ByLabel(cut, "ID number").Id);
            Assert.Equal("Add row", cut.Find("#f-members-add").TextContent.Trim());

            Type(cut, "#f-idNumber", "12345");
            Assert.Equal("A resident ID number has 18 characters (the last may be X)", cut.Find("#f-idNumber-error").TextContent.Trim());
            Type(cut, "#f-idNumber", ValidId);
            Assert.Contains("Born 1985-06-15, male", cut.Find("[data-field=idNumber]").TextContent);
            Type(cut, "#f-vehicleNote", "x");
            cut.FindAll("#f-hasVehicle input[type=radio]")[0].Change(true);
            Type(cut, "#f-vehicleNote", string.Empty);
            Assert.Equal("This field is required", cut.Find("#f-vehicleNote-error").TextContent.Trim());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    // The field's id sits on the input itself, or on the element wrapping a group of radios or checkboxes.
    private static string? ClosestId(AngleSharp.Dom.IElement? element)
    {
        for (; element is not null; element = element.ParentElement)
        {
            if (!string.IsNullOrEmpty(element.Id))
            {
                return element.Id;
            }
        }

        return null;
    }
}
