using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Training;

/// <summary>A scenario's 'expected': the target, the decision, each material's status and field values, checked against the catalog.</summary>
public static partial class ScenarioParser
{
    private static readonly Dictionary<string, ExpectedDecision> Decisions = new()
    {
        ["accept"] = ExpectedDecision.Accept,
        ["one-time-notice"] = ExpectedDecision.OneTimeNotice,
        ["refuse"] = ExpectedDecision.Refuse,
    };

    private static readonly Dictionary<string, MaterialStatus> Statuses = new()
    {
        ["original"] = MaterialStatus.Original,
        ["copy"] = MaterialStatus.Copy,
        ["e-license"] = MaterialStatus.ELicense,
        ["commitment"] = MaterialStatus.Commitment,
        ["missing"] = MaterialStatus.Missing,
    };

    private sealed record Expectation(
        IntakeTarget? Target, ExpectedDecision Decision, Dictionary<string, MaterialStatus> Materials, Dictionary<string, string> Fields);

    private static Expectation ReadExpected(JsonObjectReader scenario, Func<string, IntakeTarget?> findTarget, ProblemLog log)
    {
        var materials = new Dictionary<string, MaterialStatus>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var expected = scenario.Object("expected", required: true, "'expected'", "target", "decision", "materials", "fields");
        if (expected is null)
        {
            return new Expectation(null, ExpectedDecision.Accept, materials, fields);
        }

        var targetCode = expected.String("target", required: true);
        var target = targetCode is null ? null : findTarget(targetCode);
        if (targetCode is not null && target is null)
        {
            log.Add(expected.PathOf("target"), $"'{targetCode}' is neither an item nor a bundle in the catalog");
        }

        var decision = expected.Enum("decision", required: true, Decisions) ?? ExpectedDecision.Accept;
        foreach (var (key, value, path) in expected.Map("materials", "material code → status"))
        {
            if (target is not null && target.Materials.All(x => x.Code != key))
            {
                log.Add(path, $"material '{key}' is not a material of {target.Code}");
            }

            if (expected.StringAt(value, path, "a status") is not { } text)
            {
                continue;
            }

            if (Statuses.TryGetValue(text, out var status))
            {
                materials[key] = status;
            }
            else
            {
                log.Add(path, $"status must be {string.Join(", ", Statuses.Keys)}, not '{text}'");
            }
        }

        CheckMaterials(expected, target, decision, materials, log);
        foreach (var (key, value, path) in expected.Map("fields", "field key → value"))
        {
            if (expected.StringAt(value, path, "the expected value") is { } text)
            {
                fields[key] = text;
                CheckField(target, key, text, path, log);
            }
        }

        return new Expectation(target, decision, materials, fields);
    }
}
