using Bunit;
using ClerkStation.Features.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>
/// The household rows of a large form cost memory and server time per live circuit (ADR 0026): a committed value
/// re-renders the field it changed and not the other rows' fields, and a keystroke re-renders no field.
/// </summary>
public sealed class RowRenderingTests : HouseholdRowsTestBase
{
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
}
