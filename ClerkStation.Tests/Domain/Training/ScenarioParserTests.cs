using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Training;
using ClerkStation.Features.Training;

namespace ClerkStation.Tests.Domain.Training;

public sealed class ScenarioParserTests
{
    internal const string Valid = """
        { "scenarios": [ {
            "code": "RS-X1",
            "title": { "zh": "挂失", "en": "Loss" },
            "persona": { "kind": "person", "name": "陈国强", "idNumber": "330902197803120121", "says": { "zh": "卡丢了", "en": "Lost it" },
                         "documents": [ { "material": "id-card", "description": { "zh": "身份证", "en": "ID" } } ] },
            "expected": { "target": "RS-009", "decision": "accept", "materials": { "id-card": "original" }, "fields": { "lossAction": "temporary" } },
            "targetMinutes": 3
        } ] }
        """;

    private static ScenarioParseResult Parse(string json) => ScenarioParser.ParseFile("training/test.json", json, SeedData.Catalog.FindTarget);

    [Fact]
    public void A_valid_scenario_is_read_with_its_expectations()
    {
        var id = ValidId();
        var result = Parse(Valid.Replace("330902197803120121", id, StringComparison.Ordinal));
        Assert.Empty(result.Errors);
        var scenario = Assert.Single(result.Scenarios);
        Assert.Equal("RS-009", scenario.ExpectedTarget);
        Assert.Equal("rs", scenario.DepartmentCode);
        Assert.Equal(ExpectedDecision.Accept, scenario.ExpectedDecision);
        Assert.Equal(MaterialStatus.Original, scenario.ExpectedMaterials["id-card"]);
        Assert.Equal("temporary", scenario.ExpectedFields["lossAction"]);
        Assert.Equal(3, scenario.TargetMinutes);
        Assert.Equal(SimulatedResponseKind.Approve, scenario.Response.Kind);
    }

    [Fact]
    public void Every_error_is_listed_with_file_code_and_path()
    {
        var json = """
            { "scenarios": [ {
                "code": "BAD-1",
                "title": { "zh": "坏", "en": "Bad" },
                "persona": { "kind": "person", "name": "某人", "idNumber": "330902197803120120", "says": { "zh": "…" },
                             "documents": [ { "material": "passport" } ] },
                "expected": { "target": "RS-009", "decision": "approve", "materials": { "id-card": "photocopy", "nonsense": "original" },
                              "fields": { "lossAction": "forever", "noSuchField": "x" } },
                "departmentResponse": { "kind": "deny" },
                "colour": "red"
            },
            { "code": "BAD-2", "title": { "zh": "无此事项" }, "persona": { "name": "乙", "idNumber": "x", "says": { "zh": "…" } },
              "expected": { "target": "XX-999", "decision": "refuse" } } ] }
            """;
        var errors = Parse(json).Errors.Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.Contains("BAD-1 · $.scenarios[0].colour · unknown property", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("$.scenarios[0].expected.decision", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("expected.materials.id-card · status must be", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'nonsense' is not a material of RS-009", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'forever' is not an option of 'lossAction'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'noSuchField' is not on the form", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("not a valid resident ID number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'passport' is not a material", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("a denial needs a note", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("BAD-2 · $.scenarios[1].expected.target · 'XX-999' is neither", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("training/test.json · ", e, StringComparison.Ordinal));
        Assert.Empty(Parse(json).Scenarios);
    }

    [Fact]
    public void Broken_json_and_duplicate_codes_are_reported()
    {
        Assert.Contains("not valid JSON", Assert.Single(Parse("{ \"scenarios\": [ ").Errors).Message, StringComparison.Ordinal);
        var valid = Valid.Replace("330902197803120121", ValidId(), StringComparison.Ordinal);
        var body = valid[(valid.IndexOf('[', StringComparison.Ordinal) + 1)..valid.LastIndexOf(']')];
        var twice = $"{{ \"scenarios\": [ {body}, {body} ] }}";
        Assert.Contains(Parse(twice).Errors, e => e.Message.Contains("is used 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public void A_notice_must_list_something_missing_and_only_accepted_cases_reach_the_department()
    {
        var json = Valid.Replace("330902197803120121", ValidId(), StringComparison.Ordinal)
            .Replace("\"decision\": \"accept\"", "\"decision\": \"one-time-notice\"", StringComparison.Ordinal)
            .Replace("\"targetMinutes\": 3", "\"departmentResponse\": { \"kind\": \"approve\" }", StringComparison.Ordinal);
        var messages = Parse(json).Errors.Select(e => e.Message).ToList();
        Assert.Contains(messages, m => m.Contains("must mark at least one material missing", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("only an accepted application reaches the department", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_library_is_valid_and_covers_the_brief()
    {
        var library = new ScenarioLibrary(SeedData.Folder, SeedData.Catalog); // throws listing every problem
        var scenarios = library.FileScenarios;
        Assert.True(scenarios.Count >= 30, $"{scenarios.Count} scenarios");
        Assert.True(scenarios.Select(s => s.DepartmentCode).Distinct().Count() >= 8);
        Assert.Contains(scenarios, s => s.ExpectedTarget.StartsWith("YJS-", StringComparison.Ordinal));
        Assert.Contains(scenarios, s => s.ExpectedDecision == ExpectedDecision.OneTimeNotice);
        Assert.Contains(scenarios, s => s.ExpectedDecision == ExpectedDecision.Refuse);
        Assert.Contains(scenarios, s => s.Response.Kind == SimulatedResponseKind.RequestSupplement);
        Assert.Contains(scenarios, s => s.Response.Kind == SimulatedResponseKind.Deny);
    }

    internal static string ValidId(string area = "330902", string birth = "19780312", string seq = "121")
    {
        var first17 = area + birth + seq;
        return first17 + ClerkStation.Domain.Forms.Checks.ResidentIdNumber.ComputeCheckChar(first17);
    }
}
