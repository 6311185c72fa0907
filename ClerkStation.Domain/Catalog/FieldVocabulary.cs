using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Catalog;

/// <summary>The words of the catalog's form JSON: field kinds, compute operations, and which rule properties fit which kind.</summary>
internal static class FieldVocabulary
{
    public static readonly Dictionary<string, FieldKind> Kinds = new()
    {
        ["text"] = FieldKind.Text,
        ["textarea"] = FieldKind.Textarea,
        ["number"] = FieldKind.Number,
        ["money"] = FieldKind.Money,
        ["date"] = FieldKind.Date,
        ["select"] = FieldKind.Select,
        ["radio"] = FieldKind.Radio,
        ["checkbox"] = FieldKind.Checkbox,
        ["multiselect"] = FieldKind.MultiSelect,
        ["residentId"] = FieldKind.ResidentId,
        ["creditCode"] = FieldKind.CreditCode,
        ["mobile"] = FieldKind.Mobile,
        ["address"] = FieldKind.Address,
        ["group"] = FieldKind.Group,
        ["section"] = FieldKind.Section,
        ["computed"] = FieldKind.Computed,
    };

    public static readonly Dictionary<string, ComputeOp> Ops = new()
    {
        ["sum"] = ComputeOp.Sum,
        ["count"] = ComputeOp.Count,
        ["age"] = ComputeOp.Age,
        ["birthDate"] = ComputeOp.BirthDate,
        ["sex"] = ComputeOp.Sex,
        ["divide"] = ComputeOp.Divide,
    };

    // Which rule properties make sense for which kinds; anything else is most likely a wrong kind.
    public static readonly (string Property, FieldKind[] Kinds)[] RuleProperties =
    [
        ("min", [FieldKind.Number, FieldKind.Money]),
        ("max", [FieldKind.Number, FieldKind.Money]),
        ("minDate", [FieldKind.Date]),
        ("maxDate", [FieldKind.Date]),
        ("minLength", [FieldKind.Text, FieldKind.Textarea, FieldKind.Address]),
        ("maxLength", [FieldKind.Text, FieldKind.Textarea, FieldKind.Address]),
        ("pattern", [FieldKind.Text]),
        ("patternMessage", [FieldKind.Text]),
        ("options", [FieldKind.Select, FieldKind.Radio, FieldKind.MultiSelect]),
        ("fields", [FieldKind.Group]),
        ("minRows", [FieldKind.Group]),
        ("maxRows", [FieldKind.Group]),
        ("compute", [FieldKind.Computed]),
    ];

    public static string KindName(FieldKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static string OpName(ComputeOp op) => Ops.First(o => o.Value == op).Key;
}
