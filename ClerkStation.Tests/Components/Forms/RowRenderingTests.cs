using Bunit;
using ClerkStation.Domain.Forms;
using ClerkStation.Features.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// The household rows of a large form cost memory and server time per live circuit (ADR 0026): each row is one component
/// that writes its inputs itself; a committed value re-renders the row it changed and no other, and a keystroke
/// re-renders nothing unless the field went from empty to holding text (its label moves up).
/// </summary>
public sealed class RowRenderingTests : HouseholdRowsTestBase
{
    private static Dictionary<int, int> RowRenders(IRenderedComponent<DynamicForm> cut) =>
        cut.FindComponents<GroupRow>().ToDictionary(r => r.Instance.Index, r => r.RenderCount);

    [Fact]
    public void Each_row_is_one_component_holding_its_inputs()
    {
        var cut = RenderForm(Household(), ThreeRows());

        Assert.Equal([0, 1, 2], cut.FindComponents<GroupRow>().Select(r => r.Instance.Index).Order());
        // The group is the form's one field component: the rows' fields and the form's own are markup the rows and the form write.
        Assert.Equal([typeof(GroupField)], cut.FindComponents<FieldComponentBase>().Select(c => c.Instance.GetType()));
        Assert.Equal(4, cut.FindAll("[data-row='1'] [data-field^='members[1].']").Count);
        Assert.Equal("乙", cut.Find("#f-members-1-name").GetAttribute("value"));
        Assert.Equal("spouse", cut.Find("#f-members-1-relation").GetAttribute("value"));
    }

    [Fact]
    public void A_committed_value_re_renders_the_row_it_changed_and_no_other_row()
    {
        var data = ThreeRows();
        var cut = RenderForm(Household(), data);
        var before = RowRenders(cut);
        Assert.Equal("0", cut.Find("#f-totalIncome").GetAttribute("value"));

        Type(cut, "#f-members-1-monthlyIncome", "800");

        var after = RowRenders(cut);
        Assert.Equal("800", data.GetRows("members")[1].Get("monthlyIncome"));
        Assert.True(after[1] > before[1]);
        Assert.Equal(before[0], after[0]);
        Assert.Equal(before[2], after[2]);
        Assert.Equal("800", cut.Find("#f-totalIncome").GetAttribute("value")); // what depends on it, outside the row, follows
        Assert.Equal("3", cut.Find("#f-householdSize").GetAttribute("value"));
    }

    [Fact]
    public async Task Keystrokes_in_a_field_holding_text_re_render_nothing_and_their_commit_only_their_row()
    {
        var data = ThreeRows();
        var cut = RenderForm(Household(), data);
        var before = RowRenders(cut);
        var changes = ChangeCount;

        var input = cut.Find("#f-members-2-name");
        input.Input("丙一");
        input.Input("丙一二");
        input.Input("丙一二三");
        Assert.Equal(before, RowRenders(cut)); // the field held 丙 already: its label stays up
        Assert.Equal(changes, ChangeCount);

        Eventually(() => Assert.True(ChangeCount > changes), TimeSpan.FromSeconds(5));
        await cut.InvokeAsync(() => { });
        var after = RowRenders(cut);
        Assert.Equal("丙一二三", data.GetRows("members")[2].Get("name"));
        Assert.True(after[2] > before[2]);
        Assert.Equal((before[0], before[1]), (after[0], after[1]));
    }

    [Fact]
    public void The_first_character_in_an_empty_field_re_renders_its_row_once_so_the_label_moves_up()
    {
        var cut = RenderForm(Household(), ThreeRows());
        var before = RowRenders(cut);

        cut.Find("#f-members-0-idNumber").Input("3");
        Assert.Equal(before[0] + 1, RowRenders(cut)[0]);
        Assert.Contains("mud-shrink", cut.Find("[data-field='members[0].idNumber'] .mud-input").ClassName, StringComparison.Ordinal);

        cut.Find("#f-members-0-idNumber").Input("33");
        Assert.Equal(before[0] + 1, RowRenders(cut)[0]);
    }

    [Fact]
    public async Task A_choice_in_a_row_shows_and_hides_a_field_of_that_row_and_a_hidden_field_takes_its_typing_with_it()
    {
        var form = new FormDefinition(
        [
            TestForms.Field("members", FieldKind.Group, "家庭成员", "Members") with
            {
                MaxRows = 3,
                Fields =
                [
                    TestForms.Field("employed", FieldKind.Radio, "是否就业", "Employed") with { Options = TestForms.YesNo },
                    TestForms.Field("employer", FieldKind.Text, "工作单位", "Employer") with { VisibleWhen = Condition.FieldEquals("employed", "yes") },
                ],
            },
        ]);
        var data = new FormData();
        data.AddRow("members");
        data.AddRow("members");
        var cut = RenderForm(form, data);
        Assert.Empty(cut.FindAll("#f-members-0-employer"));

        cut.FindAll("#f-members-0-employed input[type=radio]")[0].Change(true);
        Assert.Single(cut.FindAll("#f-members-0-employer"));
        Assert.Empty(cut.FindAll("#f-members-1-employer"));
        Assert.True(cut.FindAll("#f-members-0-employed input[type=radio]")[0].HasAttribute("checked"));

        // Typed, then hidden before the pause ends: the typing never reaches the data.
        cut.Find("#f-members-0-employer").Input("县供电所");
        cut.FindAll("#f-members-0-employed input[type=radio]")[1].Change(true);
        Assert.Empty(cut.FindAll("#f-members-0-employer"));
        await Task.Delay(Typing.DebounceMs + 300, Xunit.TestContext.Current.CancellationToken);
        await cut.InvokeAsync(() => { });
        Assert.Null(data.GetRows("members")[0].Get("employer"));
    }
}
