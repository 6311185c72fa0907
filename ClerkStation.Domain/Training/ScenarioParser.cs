using System.Text.Json;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Training;

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
}
