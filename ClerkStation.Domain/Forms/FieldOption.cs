using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Forms;

/// <summary>One choice of a select, radio or multiselect field: the stored value and its bilingual label.</summary>
public sealed record FieldOption(string Value, LocalizedText Label);
