using ClerkStation.Domain.Forms;
using static ClerkStation.Tests.Domain.Forms.F;

namespace ClerkStation.Tests.Domain.Forms;

public class FormEvaluatorTests
{
    private static readonly FormDefinition Household = new(
    [
        Field("idNumber", FieldKind.ResidentId, required: true),
        Field("age", FieldKind.Computed) with { Compute = new ComputeSpec(ComputeOp.Age, "idNumber") },
        Field("birth", FieldKind.Computed) with { Compute = new ComputeSpec(ComputeOp.BirthDate, "idNumber") },
        Field("sex", FieldKind.Computed) with { Compute = new ComputeSpec(ComputeOp.Sex, "idNumber") },
        Field("perCapita", FieldKind.Computed) with { Compute = new ComputeSpec(ComputeOp.Divide, "totalIncome", "householdSize") },
        Field("members", FieldKind.Group) with
        {
            Fields =
            [
                Field("name", FieldKind.Text),
                Field("memberId", FieldKind.ResidentId),
                Field("memberAge", FieldKind.Computed) with { Compute = new ComputeSpec(ComputeOp.Age, "memberId") },
                Field("monthlyIncome", FieldKind.Money),
            ],
        },
        Field("householdSize", FieldKind.Computed) with { Compute = new ComputeSpec(ComputeOp.Count, "members") },
        Field("totalIncome", FieldKind.Computed) with { Compute = new ComputeSpec(ComputeOp.Sum, "members.monthlyIncome") },
    ]);

    [Fact]
    public void Computes_id_derived_values_on_the_given_day()
    {
        var data = new FormData().Set("idNumber", "11010519491231002X");
        var root = data;
        Assert.Equal("76", FormEvaluator.Compute(Household.Find("age")!, data, root, Today));
        Assert.Equal("75", FormEvaluator.Compute(Household.Find("age")!, data, root, new DateOnly(2025, 12, 30)));
        Assert.Equal("1949-12-31", FormEvaluator.Compute(Household.Find("birth")!, data, root, Today));
        Assert.Equal("female", FormEvaluator.Compute(Household.Find("sex")!, data, root, Today));
        Assert.Null(FormEvaluator.Compute(Household.Find("age")!, new FormData().Set("idNumber", "123"), root, Today));
    }

    [Fact]
    public void Sum_count_and_divide_across_group_rows_whatever_the_order()
    {
        var data = new FormData();
        data.AddRow("members").Set("monthlyIncome", "1000.50").Set("memberId", TestIds.Complete("33090220100101002"));
        data.AddRow("members").Set("monthlyIncome", "1500");
        data.AddRow("members");

        FormEvaluator.ComputeAll(Household, data, Today);

        Assert.Equal("3", data.Get("householdSize"));
        Assert.Equal("2500.5", data.Get("totalIncome"));
        Assert.Equal("833.50", data.Get("perCapita"));   // declared before its inputs: still computed
        Assert.Equal("16", data.Rows("members")[0].Get("memberAge"));
        Assert.Null(data.Rows("members")[1].Get("memberAge"));
    }

    [Fact]
    public void Divide_by_zero_or_missing_is_empty()
    {
        var data = new FormData().Set("totalIncome", "100").Set("householdSize", "0");
        Assert.Null(FormEvaluator.Compute(Household.Find("perCapita")!, data, data, Today));
        data.Set("householdSize", "3");
        Assert.Equal("33.33", FormEvaluator.Compute(Household.Find("perCapita")!, data, data, Today));
    }

    [Fact]
    public void Conditions_resolve_in_the_row_first_then_the_form()
    {
        var root = new FormData().Set("relation", "self").SetList("reasons", ["illness", "disability"]);
        var row = root.AddRow("members").Set("relation", "spouse");
        Assert.True(Condition.FieldEquals("relation", "spouse").Evaluate(row, root));
        Assert.False(Condition.FieldEquals("relation", "spouse").Evaluate(root, root));
        Assert.True(Condition.FieldEquals("reasons", "disability").Evaluate(row, root));   // falls back to the form
        Assert.True(Condition.FieldIn("relation", "child", "spouse").Evaluate(row, root));
        Assert.False(Condition.FieldIn("reasons", "flood", "fire").Evaluate(row, root));
        Assert.True(Condition.Any(Condition.FieldEquals("relation", "x"), Condition.FieldNotEmpty("reasons")).Evaluate(row, root));
        Assert.False(Condition.All(Condition.FieldEquals("relation", "spouse"), Condition.FieldNotEmpty("missing")).Evaluate(row, root));
        Assert.True(Condition.FieldNotEmpty("missing", notEmpty: false).Evaluate(row, root));
    }

    [Fact]
    public void Visible_and_required_follow_their_conditions()
    {
        var field = Field("spouse", FieldKind.Text) with
        {
            VisibleWhen = Condition.FieldEquals("marital", "married"),
            RequiredWhen = Condition.FieldEquals("proxy", "true"),
        };
        var data = new FormData().Set("marital", "married");
        Assert.True(FormEvaluator.IsVisible(field, data, data));
        Assert.False(FormEvaluator.IsRequired(field, data, data));
        data.Set("proxy", "true").Set("marital", "single");
        Assert.False(FormEvaluator.IsVisible(field, data, data));
        Assert.True(FormEvaluator.IsRequired(field, data, data));
    }

    [Fact]
    public void Normalize_cleans_values_and_drops_hidden_and_unknown_fields()
    {
        var form = new FormDefinition(
        [
            Field("name", FieldKind.Text),
            Field("story", FieldKind.Textarea),
            Field("id", FieldKind.ResidentId),
            Field("phone", FieldKind.Mobile),
            Field("marital", FieldKind.Select) with { Options = Options("single", "married") },
            Field("spouse", FieldKind.Text) with { VisibleWhen = Condition.FieldEquals("marital", "married") },
            Field("members", FieldKind.Group) with
            {
                Fields =
                [
                    Field("memberPhone", FieldKind.Mobile),
                    Field("job", FieldKind.Text) with { VisibleWhen = Condition.FieldEquals("employed", "true") },
                    Field("employed", FieldKind.Checkbox),
                ],
            },
        ]);
        var data = new FormData()
            .Set("name", "  王芳 ")
            .Set("story", "  第一行\n  第二行")
            .Set("id", "11010519491231002x")
            .Set("phone", "+86 138-1234-5678")
            .Set("marital", " single ")
            .Set("spouse", "李四")
            .Set("injected", "x");
        data.AddRow("members").Set("memberPhone", "0086 13912345678").Set("job", "渔民").Set("employed", "false");

        var clean = FormEvaluator.Normalize(form, data);

        Assert.Equal("王芳", clean.Get("name"));
        Assert.Equal("  第一行\n  第二行", clean.Get("story"));
        Assert.Equal("11010519491231002X", clean.Get("id"));
        Assert.Equal("13812345678", clean.Get("phone"));
        Assert.Equal("single", clean.Get("marital"));
        Assert.False(clean.Has("spouse"));
        Assert.False(clean.Has("injected"));
        Assert.Equal("13912345678", clean.Rows("members")[0].Get("memberPhone"));
        Assert.False(clean.Rows("members")[0].Has("job"));
        Assert.Equal("  王芳 ", data.Get("name"));   // the input is untouched
    }
}
