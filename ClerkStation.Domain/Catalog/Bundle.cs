using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Catalog;

/// <summary>一件事: one intake that fans out to several items; form and materials merged by the loader.</summary>
public sealed record Bundle
{
    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Item codes, in intake order.</summary>
    public required IReadOnlyList<string> Parts { get; init; }

    /// <summary>The parts' forms with each shared key asked once.</summary>
    public FormDefinition MergedForm { get; init; } = FormDefinition.Empty;

    /// <summary>The parts' materials merged by material code.</summary>
    public IReadOnlyList<MaterialRequirement> Materials { get; init; } = [];
}
