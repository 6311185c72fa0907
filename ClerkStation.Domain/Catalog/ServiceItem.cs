using ClerkStation.Domain.Forms;

namespace ClerkStation.Domain.Catalog;

/// <summary>A service (事项) a citizen or business applies for, as published in the catalog.</summary>
public sealed record ServiceItem
{
    public required string Code { get; init; }

    public required LocalizedText Name { get; init; }

    public required string DepartmentCode { get; init; }

    /// <summary>The back-office department that approves it (defaults to <see cref="DepartmentCode"/>).</summary>
    public required string RouteTo { get; init; }

    public required ItemKind Kind { get; init; }

    /// <summary>Working days; 0 for instant items.</summary>
    public int PromisedDays { get; init; }

    /// <summary>Working days, or null when no single statutory limit exists.</summary>
    public int? StatutoryDays { get; init; }

    public ApplicantKind Applicant { get; init; }

    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public LocalizedText Fees { get; init; } = LocalizedText.Empty;

    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    public ServiceGuide Guide { get; init; } = ServiceGuide.Empty;

    public IReadOnlyList<MaterialRequirement> Materials { get; init; } = [];

    /// <summary>
    /// 免核原件: an application from an online channel (API, village agent, kiosk) is accepted at once, without the counter
    /// checking paper originals; from the counter it is accepted as usual.
    /// </summary>
    public bool WithoutOriginals { get; init; }

    /// <summary>Templates already expanded.</summary>
    public FormDefinition Form { get; init; } = FormDefinition.Empty;
}
