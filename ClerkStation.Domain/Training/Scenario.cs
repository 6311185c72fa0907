using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Training;

/// <summary>The decision a scenario expects at the counter.</summary>
public enum ExpectedDecision
{
    Accept,
    OneTimeNotice,
    Refuse,
}

/// <summary>How the simulated back office answers a promised case accepted in practice.</summary>
public enum SimulatedResponseKind
{
    Approve,
    Deny,
    RequestSupplement,
}

/// <summary>What the simulated department does once the trainee accepts: its note or reason, and what to supplement.</summary>
public sealed record SimulatedResponse(SimulatedResponseKind Kind, string? Note, IReadOnlyList<string> SupplementItems)
{
    public static readonly SimulatedResponse Approve = new(SimulatedResponseKind.Approve, null, []);
}

/// <summary>How a document the applicant brings is presented (ok, a copy instead of the original, wrong or expired …).</summary>
public sealed record BroughtDocument(string MaterialCode, LocalizedText Description);

/// <summary>The applicant the trainee serves: who they are, what they say, what they bring.</summary>
public sealed record Persona(
    ApplicantKind Kind,
    string Name,
    string IdNumber,
    string? Phone,
    LocalizedText Says,
    IReadOnlyList<BroughtDocument> Documents);

/// <summary>
/// One practice scenario: an applicant, the item or bundle they need, the decision the counter should reach, how the
/// materials should be marked, the key form values, and how the simulated department responds.
/// </summary>
public sealed record Scenario
{
    public required string Code { get; init; }

    public required LocalizedText Title { get; init; }

    /// <summary>The department the scenario trains (the expected target's first part); used to group scores.</summary>
    public required string DepartmentCode { get; init; }

    public required Persona Persona { get; init; }

    public required string ExpectedTarget { get; init; }

    public required ExpectedDecision ExpectedDecision { get; init; }

    /// <summary>Material code → how it should be marked (Missing for what a notice must list).</summary>
    public IReadOnlyDictionary<string, MaterialStatus> ExpectedMaterials { get; init; } = new Dictionary<string, MaterialStatus>();

    /// <summary>Form field key (or applicant.name / applicant.idNumber / applicant.phone) → expected value.</summary>
    public IReadOnlyDictionary<string, string> ExpectedFields { get; init; } = new Dictionary<string, string>();

    public SimulatedResponse Response { get; init; } = SimulatedResponse.Approve;

    /// <summary>A competent clerk finishes within this time; slower runs lose the time points gradually.</summary>
    public int TargetMinutes { get; init; } = 5;

    /// <summary>Where the scenario came from: a file under seed-data/training, or "trainer" when edited in the UI.</summary>
    public string Source { get; init; } = string.Empty;
}
