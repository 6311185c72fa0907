using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms;

namespace ClerkStation.Tests.Components.Forms;

/// <summary>Small bilingual form definitions for the renderer tests.</summary>
internal static class TestForms
{
    public static FieldDefinition Field(string key, FieldKind kind, string zh, string en, bool required = false) =>
        new() { Key = key, Kind = kind, Label = new LocalizedText(zh, en), Required = required };

    public static IReadOnlyList<FieldOption> YesNo { get; } =
    [
        new("yes", new LocalizedText("是", "Yes")),
        new("no", new LocalizedText("否", "No")),
    ];

    /// <summary>One field of every kind; labels are "标签-kind" / "Label-kind".</summary>
    public static FormDefinition EveryKind() => new(
        Enum.GetValues<FieldKind>().Select(kind => Field(Key(kind), kind, $"标签-{kind}", $"Label-{kind}") with
        {
            Options = kind is FieldKind.Select or FieldKind.Radio or FieldKind.MultiSelect ? YesNo : [],
            Fields = kind == FieldKind.Group ? [Field("rowName", FieldKind.Text, "行姓名", "Row name")] : [],
            Compute = kind == FieldKind.Computed ? new ComputeSpec(ComputeOp.Count, Key(FieldKind.Group)) : null,
        }));

    public static string Key(FieldKind kind) => "k" + kind;

    /// <summary>A household: applicant ID, a members group (1–3 rows) with income, count and sum, and a vehicle rule.</summary>
    public static FormDefinition Household() => new(
    [
        Field("idNumber", FieldKind.ResidentId, "身份证号", "ID number", required: true),
        Field("hasVehicle", FieldKind.Radio, "是否有车", "Owns a vehicle", required: true) with { Options = YesNo },
        Field("vehicleValue", FieldKind.Money, "车辆估值", "Vehicle value") with
        {
            Min = 0,
            VisibleWhen = Condition.FieldEquals("hasVehicle", "yes"),
        },
        Field("vehicleNote", FieldKind.Text, "车辆说明", "Vehicle note") with
        {
            RequiredWhen = Condition.FieldEquals("hasVehicle", "yes"),
        },
        Field("members", FieldKind.Group, "家庭成员", "Members", required: true) with
        {
            MinRows = 1,
            MaxRows = 3,
            Fields =
            [
                Field("name", FieldKind.Text, "姓名", "Name", required: true),
                Field("monthlyIncome", FieldKind.Money, "月收入", "Monthly income") with { Min = 0 },
            ],
        },
        Field("householdSize", FieldKind.Computed, "家庭人数", "Household size") with { Compute = new ComputeSpec(ComputeOp.Count, "members") },
        Field("totalIncome", FieldKind.Computed, "总收入", "Total income") with { Compute = new ComputeSpec(ComputeOp.Sum, "members.monthlyIncome") },
        Field("declaration", FieldKind.Checkbox, "本人承诺", "I declare", required: true),
    ]);
}
