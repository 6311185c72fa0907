namespace ClerkStation.Domain.Training;

/// <summary>The scenarios read from a file, and every error found in it.</summary>
public sealed record ScenarioParseResult(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<ScenarioError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
