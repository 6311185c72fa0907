using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>The household rows of a large form (MZ-001's shape: name, relation, ID number, status, income), three of them filled.</summary>
public abstract class HouseholdRowsTestBase : FormTestContext
{
    private static readonly IReadOnlyList<FieldOption> Relations =
    [
        new("self", new LocalizedText("本人", "Self")),
        new("spouse", new LocalizedText("配偶", "Spouse")),
        new("child", new LocalizedText("子女", "Child")),
    ];

    protected static FormDefinition Household() => new(
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

    protected static FormData ThreeRows()
    {
        var data = new FormData();
        data.AddRow("members").Set("name", "甲").Set("relation", "self");
        data.AddRow("members").Set("name", "乙").Set("relation", "spouse");
        data.AddRow("members").Set("name", "丙");
        return data;
    }
}
