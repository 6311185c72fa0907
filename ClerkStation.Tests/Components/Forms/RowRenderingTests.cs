using Bunit;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// The household rows of a large form (MZ-001's shape: name, relation, ID number, status, income) cost memory and server
/// time per live circuit (ADR 0026): a committed value re-renders the field it changed and not the other rows' fields,
/// a keystroke re-renders no field, and the rows' drop-downs and text fields are native selects and inputs that keep
/// their label, required mark, error and value.
/// </summary>
public sealed class RowRenderingTests : FormTestContext
{
    private static readonly IReadOnlyList<FieldOption> Relations =
    [
        new("self", new LocalizedText("本人", "Self")),
        new("spouse", new LocalizedText("配偶", "Spouse")),
        new("child", new LocalizedText("子女", "Child")),
    ];

    private static FormDefinition Household() => new(
    [
        TestForms.Field("members", FieldKind.Group, "家庭成员", "Members", required: true) with
        {
            MinRows = 1,
            MaxRows = 12,
            Fields =
            [
                TestForms.Field("name", FieldKind.Text, "姓名", "Name", required: true),
                TestForms.Field("relation", FieldKind.Select, "与申请人关系", "Relation", required: true) with { Options = Relations },
                TestForms.Field("idNumber", FieldKind.ResidentId, "公民身份号码", "Resident ID number", required: true),
                TestForms.Field("monthlyIncome", FieldKind.Money, "月收入", "Monthly income") with { Min = 0 },
            ],
        },
        TestForms.Field("householdSize", FieldKind.Computed, "家庭人数", "Household size") with { Compute = new ComputeSpec(ComputeOp.Count, "members") },
        TestForms.Field("totalIncome", FieldKind.Computed, "总收入", "Total income") with { Compute = new ComputeSpec(ComputeOp.Sum, "members.monthlyIncome") },
    ]);

    private static FormData ThreeRows()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "甲").Set("relation", "self");
        data.AddRow("members").Set("name", "乙").Set("relation", "spouse");
        data.AddRow("members").Set("name", "丙");
        return data;
    }

    private static Dictionary<string, int> RenderCounts(IRenderedComponent<DynamicForm> cut) =>
        cut.FindComponents<DynamicField>().ToDictionary(f => f.Instance.Path, f => f.RenderCount, StringComparer.Ordinal);

    [Fact]
    public void A_committed_value_re_renders_the_field_it_changed_and_no_field_of_the_other_rows()
    {
        var data = ThreeRows();
        var cut = RenderForm(Household(), data);
        var before = RenderCounts(cut);

        Type(cut, "#f-members-1-monthlyIncome", "800");

        var after = RenderCounts(cut);
        Assert.Equal("800", data.GetRows("members")[1].Get("monthlyIncome"));
        Assert.True(after["members[1].monthlyIncome"] > before["members[1].monthlyIncome"]);
        Assert.True(after["totalIncome"] > before["totalIncome"]); // what depends on it still follows
        Assert.Equal("800", cut.Find("#f-totalIncome").GetAttribute("value"));
        var others = before.Keys.Where(p => p.StartsWith("members[0].", StringComparison.Ordinal) || p.StartsWith("members[2].", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, others.Count);
        Assert.All(others, path => Assert.Equal(before[path], after[path]));
    }

    [Fact]
    public async Task Typing_in_a_row_and_its_commit_re_render_no_other_field_not_even_in_the_same_row()
    {
        var data = ThreeRows();
        var cut = RenderForm(Household(), data);
        var before = RenderCounts(cut);
        var changes = ChangeCount;

        var input = cut.Find("#f-members-2-name");
        input.Input("丙一");
        input.Input("丙一二");
        input.Input("丙一二三");
        Eventually(() => Assert.True(ChangeCount > changes), TimeSpan.FromSeconds(5));
        await cut.InvokeAsync(() => { });

        // bUnit counts a render of a field's MudBlazor input in the field and in the group holding it, so those two are not
        // compared; every other field, in this row and the others, is untouched by the keystrokes and by their commit.
        var after = RenderCounts(cut);
        Assert.Equal("丙一二三", data.GetRows("members")[2].Get("name"));
        Assert.Equal(15, before.Count); // the group, 3 rows × 4 fields, 2 computed totals
        Assert.All(before.Keys.Where(p => p is not ("members[2].name" or "members")), path => Assert.Equal(before[path], after[path]));
    }

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
        Assert.Equal(2, cut.FindComponents<MudBlazor.MudTextField<string>>().Count); // only the two computed totals, outside the rows

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
