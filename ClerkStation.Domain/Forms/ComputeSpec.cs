namespace ClerkStation.Domain.Forms;

/// <summary>The derivation of a computed field: <c>{ "op": "divide", "of": "totalIncome", "by": "householdSize" }</c>.</summary>
public sealed record ComputeSpec(ComputeOp Op, string Of, string? By = null);
