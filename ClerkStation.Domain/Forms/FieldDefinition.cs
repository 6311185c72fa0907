using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Forms;

/// <summary>One field of a catalog form. Immutable; built by the catalog loader (or tests) with init properties.</summary>
public sealed record FieldDefinition
{
    public required string Key { get; init; }

    public required FieldKind Kind { get; init; }

    public required LocalizedText Label { get; init; }

    public LocalizedText? Help { get; init; }

    public bool Required { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    /// <summary><c>yyyy-MM-dd</c> or <c>today</c>.</summary>
    public string? MinDate { get; init; }

    /// <summary><c>yyyy-MM-dd</c> or <c>today</c>.</summary>
    public string? MaxDate { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    /// <summary>A .NET regular expression the whole value must match.</summary>
    public string? Pattern { get; init; }

    public LocalizedText? PatternMessage { get; init; }

    public IReadOnlyList<FieldOption> Options { get; init; } = [];

    public Condition? VisibleWhen { get; init; }

    public Condition? RequiredWhen { get; init; }

    /// <summary>The row fields of a group.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; init; } = [];

    public int? MinRows { get; init; }

    public int? MaxRows { get; init; }

    public ComputeSpec? Compute { get; init; }

    /// <summary>Sections and computed fields hold no clerk input.</summary>
    public bool IsInput => Kind is not (FieldKind.Section or FieldKind.Computed);

    public bool HasOptions => Kind is FieldKind.Select or FieldKind.Radio or FieldKind.MultiSelect;

    public FieldDefinition? FindRowField(string key) => Fields.FirstOrDefault(f => f.Key == key);

    // Value equality over lists compares contents, so a merged bundle can tell identical definitions apart from clashes.
    public bool Equals(FieldDefinition? other) =>
        other is not null
        && Key == other.Key && Kind == other.Kind && Label == other.Label && Help == other.Help
        && Required == other.Required && Min == other.Min && Max == other.Max
        && MinDate == other.MinDate && MaxDate == other.MaxDate
        && MinLength == other.MinLength && MaxLength == other.MaxLength
        && Pattern == other.Pattern && PatternMessage == other.PatternMessage
        && Options.SequenceEqual(other.Options) && Equals(VisibleWhen, other.VisibleWhen)
        && Equals(RequiredWhen, other.RequiredWhen) && Fields.SequenceEqual(other.Fields)
        && MinRows == other.MinRows && MaxRows == other.MaxRows && Compute == other.Compute;

    public override int GetHashCode() => HashCode.Combine(Key, Kind, Label);
}
