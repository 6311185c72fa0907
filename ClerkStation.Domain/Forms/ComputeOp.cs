namespace ClerkStation.Domain.Forms;

/// <summary>How a computed field derives its value (see the catalog contract).</summary>
public enum ComputeOp
{
    /// <summary>Sum of a group column, <c>of = "group.field"</c>.</summary>
    Sum,

    /// <summary>Number of rows of a group, <c>of = "group"</c>.</summary>
    Count,

    /// <summary>Age in full years from a resident ID field.</summary>
    Age,

    /// <summary>Birth date (yyyy-MM-dd) from a resident ID field.</summary>
    BirthDate,

    /// <summary><c>male</c> / <c>female</c> from a resident ID field.</summary>
    Sex,

    /// <summary><c>of / by</c>, rounded to 2 decimals.</summary>
    Divide,
}
