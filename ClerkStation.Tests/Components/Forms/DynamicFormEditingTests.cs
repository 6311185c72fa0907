using Bunit;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;
using ClerkStation.Tests.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>Editing: OnChanged after every edit, typed text with the debounce and on leaving, multiselect and date values.</summary>
[Collection("DynamicForm")] // one form at a time, as when these were one class
public sealed class DynamicFormEditingTests : FormTestContext
{
    [Fact]
    public void OnChanged_fires_after_every_edit()
    {
        var data = new FormData();
        var cut = RenderForm(TestForms.Household(), data);

        Type(cut, "#f-idNumber", ValidId);
        cut.Find("#f-declaration").Change(true);
        cut.FindAll("#f-hasVehicle input[type=radio]")[0].Change(true);
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
        var renders = cut.RenderCount;

        // Keystrokes as a browser sends them: input events, no change, no blur (the tab may close at any moment).
        cut.Find("#f-vehicleNote").Input("粤");
        Assert.Equal(renders + 1, cut.RenderCount); // the field holds text now: its label moves up
        cut.Find("#f-vehicleNote").Input("粤B");
        cut.Find("#f-vehicleNote").Input("粤B12345");

        // Nothing is committed (and the form is not re-rendered) per keystroke …
        Assert.Empty(seen);
        Assert.Equal(renders + 1, cut.RenderCount);
        Assert.Null(data.Get("vehicleNote"));

        // … but once the clerk pauses, the typed value is in the data when OnChanged fires, once.
        Eventually(() => Assert.Equal(["粤B12345"], seen), TimeSpan.FromSeconds(5));
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
}
