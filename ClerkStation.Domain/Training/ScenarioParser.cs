using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Training;

/// <summary>One thing wrong with a scenario file, located well enough for a trainer to fix it.</summary>
public sealed record ScenarioError(string File, string? ScenarioCode, string JsonPath, string Message)
    : JsonProblem(File, ScenarioCode, JsonPath, Message)
{
    internal static ScenarioError From(JsonProblem problem) => new(problem.File, problem.Code, problem.JsonPath, problem.Message);
}

public sealed record ScenarioParseResult(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<ScenarioError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads scenario files (<c>{ "scenarios": [ … ] }</c>, see docs/training-format.md) with the shared JSON toolkit and
/// checks every scenario against the catalog: the target exists, materials and fields belong to it, option values are
/// real. Every error is listed; reading goes on after one.
/// </summary>
public static partial class ScenarioParser
{
    private static readonly string[] ScenarioProps =
        ["$comment", "code", "title", "persona", "expected", "departmentResponse", "targetMinutes"];

    private static readonly string[] ApplicantFields = ["applicant.name", "applicant.idNumber", "applicant.phone"];

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

    /// <summary>Parses a whole file.</summary>
    public static ScenarioParseResult ParseFile(string fileName, string json, Func<string, IntakeTarget?> findTarget)
    {
        var log = new ProblemLog { File = fileName };
        var scenarios = new List<Scenario>();
        using var document = JsonFile.Parse(json, log);
        var root = document is null ? null : JsonObjectReader.Open(document.RootElement, "$", log, "a scenario file", "$schema", "$comment", "scenarios");
        foreach (var (element, path) in root?.Array("scenarios", required: true) ?? [])
        {
            if (ParseScenario(element, path, findTarget, log) is { } scenario)
            {
                scenarios.Add(scenario);
            }
        }

        foreach (var duplicate in scenarios.GroupBy(s => s.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            log.Add(fileName, duplicate.Key, "$.scenarios", $"code '{duplicate.Key}' is used {duplicate.Count()} times");
        }

        return new ScenarioParseResult(scenarios, [.. log.Problems.Select(ScenarioError.From)]);
    }

    /// <summary>Parses one scenario object on its own (the trainer's editor).</summary>
    public static ScenarioParseResult ParseOne(string json, Func<string, IntakeTarget?> findTarget, string source = "trainer")
    {
        var log = new ProblemLog { File = source };
        using var document = JsonFile.Parse(json, log);
        var scenario = document is null ? null : ParseScenario(document.RootElement, "$", findTarget, log);
        var errors = log.Problems.Select(ScenarioError.From).ToList();
        return new ScenarioParseResult(scenario is null || errors.Count > 0 ? [] : [scenario with { Source = source }], errors);
    }

    private static Scenario? ParseScenario(JsonElement element, string path, Func<string, IntakeTarget?> findTarget, ProblemLog log)
    {
        var start = log.Count;

        // The code is read first so that every later problem carries it.
        log.Code = JsonObjectReader.Peek(element, "code");
        var reader = JsonObjectReader.Open(element, path, log, "a scenario", ScenarioProps);
        if (reader is null)
        {
            return null;
        }

        var code = reader.String("code", required: true);
        if (code is not null && (code.Length > 40 || code.Any(ch => !(char.IsAsciiLetterOrDigit(ch) || ch == '-'))))
        {
            log.Add(reader.PathOf("code"), $"code '{code}' may use only letters, digits and '-' (at most 40)");
        }

        var title = reader.Text("title", required: true, englishRequired: false);

        // Expected outcome first: the persona's documents are checked against the expected target.
        var expected = ReadExpected(reader, findTarget, log);
        var persona = ReadPersona(reader, expected.Target, log);
        var response = ReadResponse(reader, expected.Decision, log);
        var minutes = reader.Int("targetMinutes", required: false) ?? 5;
        if (minutes is < 1 or > 60)
        {
            log.Add(reader.PathOf("targetMinutes"), $"targetMinutes must be a whole number from 1 to 60, not {minutes}");
        }

        var valid = log.Count == start && code is not null && title is not null && persona is not null && expected.Target is not null;
        log.Code = null;
        return !valid ? null : new Scenario
        {
            Code = code!,
            Title = title!,
            DepartmentCode = expected.Target!.Parts[0].RouteTo,
            Persona = persona!,
            ExpectedTarget = expected.Target.Code,
            ExpectedDecision = expected.Decision,
            ExpectedMaterials = expected.Materials,
            ExpectedFields = expected.Fields,
            Response = response,
            TargetMinutes = minutes,
            Source = log.File,
        };
    }

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
