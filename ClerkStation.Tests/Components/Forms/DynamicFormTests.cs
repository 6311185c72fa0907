using System.Globalization;
using Bunit;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using ClerkStation.Tests.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

public sealed class DynamicFormTests : FormTestContext
{
    private static readonly string ValidId = TestIds.Complete("33090219850615123"); // male, born 1985-06-15

    [Fact]
    public void Every_kind_renders_an_input_its_label_is_bound_to()
    {
        var cut = RenderForm(TestForms.EveryKind(), new FormData());

        foreach (var kind in Enum.GetValues<FieldKind>().Where(k => k is not (FieldKind.Section or FieldKind.Group)))
        {
            var input = ByLabel(cut, $"标签-{kind}");
            Assert.Contains(input.TagName, new[] { "INPUT", "TEXTAREA", "DIV" });
            Assert.Equal("f-" + TestForms.Key(kind), ClosestId(input));
        }

        Assert.Equal("标签-Section", cut.Find("h3#f-kSection").TextContent.Trim());
        var group = cut.Find("section#f-kGroup");
        Assert.Equal("f-kGroup-label", group.GetAttribute("aria-labelledby"));
        Assert.Equal("添加一行", cut.Find("#f-kGroup-add").TextContent.Trim());
        Assert.Equal("TEXTAREA", ByLabel(cut, "标签-Textarea").TagName);
        Assert.Equal("decimal", ByLabel(cut, "标签-Money").GetAttribute("inputmode"));
        Assert.Contains("¥", cut.Find("[data-field=kMoney]").TextContent);
        Assert.NotNull(ByLabel(cut, "标签-Computed").GetAttribute("readonly"));
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

    [Fact]
    public void VisibleWhen_hides_and_shows_a_field_as_the_controlling_value_changes()
    {
        var data = new FormData();
        var cut = RenderForm(TestForms.Household(), data);
        Assert.Empty(cut.FindAll("#f-vehicleValue"));

        cut.FindAll("#f-hasVehicle input[type=radio]")[0].Click();
        Assert.Equal("yes", data.Get("hasVehicle"));
        Assert.Single(cut.FindAll("#f-vehicleValue"));

        cut.FindAll("#f-hasVehicle input[type=radio]")[1].Click();
        Assert.Empty(cut.FindAll("#f-vehicleValue"));
    }

    [Fact]
    public void RequiredWhen_marks_the_field_required_only_while_the_condition_holds()
    {
        var cut = RenderForm(TestForms.Household(), new FormData());
        Assert.Equal("false", cut.Find("#f-vehicleNote").GetAttribute("aria-required"));
        cut.Find("#f-vehicleNote").Blur();
        Assert.Empty(cut.FindAll("#f-vehicleNote-error"));

        cut.FindAll("#f-hasVehicle input[type=radio]")[0].Click();
        Assert.Equal("true", cut.Find("#f-vehicleNote").GetAttribute("aria-required"));
        cut.Find("#f-vehicleNote").Blur();
        Assert.Equal("此项为必填项", cut.Find("#f-vehicleNote-error").TextContent.Trim());

        // The condition stops holding: the stale "required" goes away without touching the field.
        cut.FindAll("#f-hasVehicle input[type=radio]")[1].Click();
        Assert.Equal("false", cut.Find("#f-vehicleNote").GetAttribute("aria-required"));
        Assert.Empty(cut.FindAll("#f-vehicleNote-error"));
    }

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
    public async Task ValidateAll_reports_the_same_errors_as_the_server_validator_and_focuses_the_first()
    {
        var form = TestForms.Household();
        var data = new FormData().Set("idNumber", "110105194912310021").Set("hasVehicle", "yes").Set("vehicleValue", "-5");
        data.AddRow("members").Set("name", "甲").Set("monthlyIncome", "abc");
        data.AddRow("members").Set("monthlyIncome", "-1");
        var expected = FormValidator.Validate(form, data.Clone(), Today).Errors;
        var cut = RenderForm(form, data);

        var valid = await cut.InvokeAsync(() => cut.Instance.ValidateAll());

        Assert.False(valid);
        Assert.Equal(expected.ToHashSet(new ErrorComparer()), cut.Instance.CurrentErrors.ToHashSet(new ErrorComparer()));
        Assert.Contains(expected, e => e.Path == "members[1].name");
        foreach (var error in expected)
        {
            var id = "f-" + error.Path.Replace("[", "-", StringComparison.Ordinal).Replace("].", "-", StringComparison.Ordinal).Replace('.', '-');
            Assert.False(string.IsNullOrWhiteSpace(cut.Find($"#{id}-error").TextContent), error.ToString());
        }

        Assert.Equal("不能小于 0", cut.Find("#f-vehicleValue-error").TextContent.Trim());
        Assert.Equal("必须勾选此项", cut.Find("#f-declaration-error").TextContent.Trim());
        var focus = JSInterop.VerifyInvoke("clerkStation.focus");
        Assert.Equal("#f-" + expected[0].Path, focus.Arguments[0]);
    }

    [Fact]
    public async Task ValidateAll_is_true_for_valid_data()
    {
        var data = new FormData().Set("idNumber", ValidId).Set("hasVehicle", "no").Set("declaration", "true");
        data.AddRow("members").Set("name", "甲");
        var cut = RenderForm(TestForms.Household(), data);

        Assert.True(await cut.InvokeAsync(() => cut.Instance.ValidateAll()));
        Assert.Empty(cut.Instance.CurrentErrors);
        Assert.Empty(cut.FindAll(".mud-input-error"));
    }

    [Fact]
    public void Server_errors_appear_at_the_field_with_that_path_until_it_is_edited()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "甲");
        data.AddRow("members").Set("name", "乙").Set("monthlyIncome", "5");
        var errors = new[]
        {
            new FieldError("members[1].monthlyIncome", FieldErrorCodes.Max, new Dictionary<string, string> { ["max"] = "3" }),
            new FieldError("idNumber", FieldErrorCodes.ResidentIdProvince),
        };
        var cut = RenderForm(TestForms.Household(), data, errors);

        Assert.Equal("不能大于 3", cut.Find("#f-members-1-monthlyIncome-error").TextContent.Trim());
        Assert.Equal("true", cut.Find("#f-members-1-monthlyIncome").GetAttribute("aria-invalid"));
        Assert.Equal("身份证号的地区码无效", cut.Find("#f-idNumber-error").TextContent.Trim());
        Assert.Empty(cut.FindAll("#f-members-0-monthlyIncome-error"));
        Assert.Equal(2, cut.Instance.CurrentErrors.Count);

        Type(cut, "#f-members-1-monthlyIncome", "2");
        Assert.Empty(cut.FindAll("#f-members-1-monthlyIncome-error"));
        Assert.Single(cut.Instance.CurrentErrors);
    }

    [Fact]
    public void OnChanged_fires_after_every_edit()
    {
        var data = new FormData();
        var cut = RenderForm(TestForms.Household(), data);

        Type(cut, "#f-idNumber", ValidId);
        cut.Find("#f-declaration").Change(true);
        cut.FindAll("#f-hasVehicle input[type=radio]")[0].Click();
        cut.Find("#f-members-add").Click();
        Type(cut, "#f-members-0-name", "甲");

        Assert.Equal(5, ChangeCount);
        Assert.Equal("true", data.Get("declaration"));
        Assert.Equal("甲", data.GetRows("members")[0].Get("name"));
    }

    [Fact]
    public void Typing_without_leaving_the_field_raises_OnChanged_with_the_typed_value_after_the_debounce()
    {
        var data = new FormData();
        var seen = new List<string?>();
        var cut = RenderForm(TestForms.Household(), data, onChanged: () => seen.Add(data.Get("vehicleNote")));
        var sibling = cut.FindComponents<DynamicField>().Single(f => f.Instance.Path == "idNumber");
        var renders = sibling.RenderCount;

        // Keystrokes as a browser sends them: input events, no change, no blur (the tab may close at any moment).
        cut.Find("#f-vehicleNote").Input("粤");
        cut.Find("#f-vehicleNote").Input("粤B");
        cut.Find("#f-vehicleNote").Input("粤B12345");

        // Nothing is committed (and the form is not re-rendered) per keystroke …
        Assert.Empty(seen);
        Assert.Equal(renders, sibling.RenderCount);
        Assert.Null(data.Get("vehicleNote"));

        // … but once the clerk pauses, the typed value is in the data when OnChanged fires, once.
        cut.WaitForAssertion(() => Assert.Equal(["粤B12345"], seen), TimeSpan.FromSeconds(5));
        Assert.Equal("粤B12345", data.Get("vehicleNote"));
        Assert.Equal(Typing.DebounceMs, 500);
    }

    [Fact]
    public void Leaving_a_text_field_commits_what_was_typed_at_once_then_tells_the_page()
    {
        var data = new FormData();
        data.AddRow("members");
        var events = new List<string>();
        var cut = RenderForm(TestForms.Household(), data,
            onChanged: () => events.Add("changed:" + data.GetRows("members")[0].Get("monthlyIncome")),
            onFieldLeft: () =>
            {
                events.Add("left");
                return Task.CompletedTask;
            });

        cut.Find("#f-members-0-monthlyIncome").Input("1500");
        cut.Find("#f-members-0-monthlyIncome").Blur();

        // No waiting for the debounce: the blur itself commits, and the computed total follows; the page hears of the
        // leaving after the commit, so it can save the draft at once. MudBlazor finishes that commit after the blur
        // handler's own task, so on a busy machine it can land a moment after Blur() returns: wait for it, but for less
        // than the debounce (500 ms), so a commit that only came from the debounce still fails here.
        cut.WaitForAssertion(() =>
        {
            Assert.Equal(["changed:1500"], events.Where(e => e != "left"));
            Assert.Equal("left", events[^1]);
            Assert.Equal("1500", cut.Find("#f-totalIncome").GetAttribute("value"));
        }, TimeSpan.FromMilliseconds(Typing.DebounceMs * 0.6));
    }

    [Fact]
    public void Multiselect_stores_ticked_options_in_catalog_order()
    {
        var form = new FormDefinition([
            TestForms.Field("reasons", FieldKind.MultiSelect, "原因", "Reasons", required: true) with
            {
                Options = [.. F.Options("illness", "disability", "other")],
            },
        ]);
        var data = new FormData();
        var cut = RenderForm(form, data);
        var boxes = cut.FindAll("#f-reasons input[type=checkbox]");

        boxes[2].Change(true);
        cut.FindAll("#f-reasons input[type=checkbox]")[0].Change(true);
        Assert.Equal(["illness", "other"], data.GetList("reasons"));

        cut.FindAll("#f-reasons input[type=checkbox]")[0].Change(false);
        cut.FindAll("#f-reasons input[type=checkbox]")[2].Change(false);
        Assert.Equal("此项为必填项", cut.Find("#f-reasons-error").TextContent.Trim());
        Assert.Equal("f-reasons-error", cut.Find("#f-reasons").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void A_date_is_stored_as_iso_text_and_shown_back()
    {
        var form = new FormDefinition([
            TestForms.Field("applyDate", FieldKind.Date, "申请日期", "Application date", required: true) with { MaxDate = "today" },
        ]);
        var data = new FormData();
        var cut = RenderForm(form, data);

        ByLabel(cut, "申请日期").Change("2026-03-01");

        Assert.Equal("2026-03-01", data.Get("applyDate"));
        Assert.Equal("2026-03-01", cut.Find("#f-applyDate").GetAttribute("value"));
        Assert.Equal(1, ChangeCount);
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
    public void Read_only_forms_offer_no_row_buttons_and_read_only_inputs()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "甲");
        var cut = RenderForm(TestForms.Household(), data, readOnly: true);

        Assert.Empty(cut.FindAll("#f-members-add"));
        Assert.Empty(cut.FindAll("button:contains('删除')"));
        Assert.True(cut.Find("#f-members-0-name").HasAttribute("readonly"));
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
            cut.FindAll("#f-hasVehicle input[type=radio]")[0].Click();
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

    private static AngleSharp.Dom.IElement RemoveButton(IRenderedComponent<ClerkStation.Features.Forms.DynamicForm> cut, int rowNumber) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == $"删除第 {rowNumber} 行");

    private sealed class ErrorComparer : IEqualityComparer<FieldError>
    {
        public bool Equals(FieldError? x, FieldError? y) =>
            x is not null && y is not null && x.Path == y.Path && x.Code == y.Code && x.Args.OrderBy(a => a.Key).SequenceEqual(y.Args.OrderBy(a => a.Key));

        public int GetHashCode(FieldError obj) => HashCode.Combine(obj.Path, obj.Code);
    }
}
