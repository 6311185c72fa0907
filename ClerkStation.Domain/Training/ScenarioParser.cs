using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;

namespace ClerkStation.Domain.Training;

/// <summary>One thing wrong with a scenario file, located well enough for a trainer to fix it.</summary>
public sealed record ScenarioError(string File, string? ScenarioCode, string JsonPath, string Message)
{
    public override string ToString() =>
        ScenarioCode is null ? $"{File} · {JsonPath} · {Message}" : $"{File} · {ScenarioCode} · {JsonPath} · {Message}";
}

public sealed record ScenarioParseResult(IReadOnlyList<Scenario> Scenarios, IReadOnlyList<ScenarioError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Reads scenario files (<c>{ "scenarios": [ … ] }</c>, see docs/training-format.md) and checks every scenario against
/// the catalog: the target exists, materials and fields belong to it, option values are real. Every error is listed;
/// reading goes on after one.
/// </summary>
public static class ScenarioParser
{
    private static readonly string[] ScenarioProps =
        ["code", "title", "persona", "expected", "departmentResponse", "targetMinutes"];

    private static readonly string[] PersonaProps = ["kind", "name", "idNumber", "phone", "says", "documents"];

    private static readonly string[] ExpectedProps = ["target", "decision", "materials", "fields"];

    private static readonly string[] ResponseProps = ["kind", "note", "supplementItems"];

    private static readonly string[] ApplicantFields = ["applicant.name", "applicant.idNumber", "applicant.phone"];

    /// <summary>Parses a whole file.</summary>
    public static ScenarioParseResult ParseFile(string fileName, string json, Func<string, IntakeTarget?> findTarget)
    {
        var errors = new List<ScenarioError>();
        var scenarios = new List<Scenario>();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            errors.Add(new ScenarioError(fileName, null, "$", "not valid JSON: " + ex.Message));
            return new ScenarioParseResult(scenarios, errors);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("scenarios", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new ScenarioError(fileName, null, "$.scenarios", "the file must be an object with a 'scenarios' array"));
                return new ScenarioParseResult(scenarios, errors);
            }

            foreach (var property in root.EnumerateObject().Where(p => p.Name != "scenarios" && p.Name != "$comment"))
            {
                errors.Add(new ScenarioError(fileName, null, "$." + property.Name, $"unknown property '{property.Name}'"));
            }

            var index = 0;
            foreach (var element in list.EnumerateArray())
            {
                var scenario = ParseScenario(fileName, element, $"$.scenarios[{index}]", findTarget, errors);
                if (scenario is not null)
                {
                    scenarios.Add(scenario);
                }
                index++;
            }
        }

        foreach (var duplicate in scenarios.GroupBy(s => s.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new ScenarioError(fileName, duplicate.Key, "$.scenarios", $"code '{duplicate.Key}' is used {duplicate.Count()} times"));
        }

        return new ScenarioParseResult(scenarios, errors);
    }

    /// <summary>Parses one scenario object on its own (the trainer's editor).</summary>
    public static ScenarioParseResult ParseOne(string json, Func<string, IntakeTarget?> findTarget, string source = "trainer")
    {
        var errors = new List<ScenarioError>();
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var scenario = ParseScenario(source, doc.RootElement, "$", findTarget, errors);
            return new ScenarioParseResult(scenario is null || errors.Count > 0 ? [] : [scenario with { Source = source }], errors);
        }
        catch (JsonException ex)
        {
            errors.Add(new ScenarioError(source, null, "$", "not valid JSON: " + ex.Message));
            return new ScenarioParseResult([], errors);
        }
    }

    private static Scenario? ParseScenario(string file, JsonElement element, string path, Func<string, IntakeTarget?> findTarget, List<ScenarioError> errors)
    {
        var startCount = errors.Count;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ScenarioError(file, null, path, "a scenario must be an object"));
            return null;
        }

        var code = Str(element, "code");
        void Error(string at, string message) => errors.Add(new ScenarioError(file, code, at, message));
        Unknown(element, path, ScenarioProps, Error);

        if (string.IsNullOrWhiteSpace(code))
        {
            Error(path + ".code", "code is required");
        }
        else if (code.Length > 40 || code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            Error(path + ".code", $"code '{code}' may use only letters, digits and '-' (at most 40)");
        }

        var title = Text(element, "title", path, Error, required: true);

        // Expected outcome first: the persona's documents are checked against the expected target.
        IntakeTarget? target = null;
        var decision = ExpectedDecision.Accept;
        var materials = new Dictionary<string, MaterialStatus>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Obj(element, "expected", path, Error) is { } expected)
        {
            var at = path + ".expected";
            Unknown(expected, at, ExpectedProps, Error);
            var targetCode = Str(expected, "target");
            if (string.IsNullOrWhiteSpace(targetCode))
            {
                Error(at + ".target", "target (item or bundle code) is required");
            }
            else if ((target = findTarget(targetCode)) is null)
            {
                Error(at + ".target", $"'{targetCode}' is neither an item nor a bundle in the catalog");
            }

            var decisionText = Str(expected, "decision");
            if (decisionText is null || !TryDecision(decisionText, out decision))
            {
                Error(at + ".decision", $"decision must be accept, one-time-notice or refuse, not '{decisionText}'");
            }

            if (expected.TryGetProperty("materials", out var mats))
            {
                if (mats.ValueKind != JsonValueKind.Object)
                {
                    Error(at + ".materials", "materials must be an object of material code → status");
                }
                else
                {
                    foreach (var m in mats.EnumerateObject())
                    {
                        var mAt = $"{at}.materials.{m.Name}";
                        if (target is not null && target.Materials.All(x => x.Code != m.Name))
                        {
                            Error(mAt, $"material '{m.Name}' is not a material of {target.Code}");
                        }
                        if (m.Value.ValueKind != JsonValueKind.String || !TryStatus(m.Value.GetString()!, out var status))
                        {
                            Error(mAt, "status must be original, copy, e-license, commitment or missing");
                        }
                        else
                        {
                            materials[m.Name] = status;
                        }
                    }
                }
            }

            if (decision == ExpectedDecision.OneTimeNotice && materials.Count > 0 && !materials.ContainsValue(MaterialStatus.Missing))
            {
                Error(at + ".materials", "a one-time notice scenario must mark at least one material missing");
            }

            if (decision == ExpectedDecision.Accept && target is not null)
            {
                foreach (var required in target.Materials.Where(m => m.Required && m.RequiredWhen is null))
                {
                    if (materials.TryGetValue(required.Code, out var s) && s == MaterialStatus.Missing)
                    {
                        Error($"{at}.materials.{required.Code}", "an accepted application cannot have a required material missing");
                    }
                }
            }

            if (expected.TryGetProperty("fields", out var fs))
            {
                if (fs.ValueKind != JsonValueKind.Object)
                {
                    Error(at + ".fields", "fields must be an object of field key → value");
                }
                else
                {
                    foreach (var f in fs.EnumerateObject())
                    {
                        var fAt = $"{at}.fields.{f.Name}";
                        if (f.Value.ValueKind != JsonValueKind.String)
                        {
                            Error(fAt, "the expected value must be a string");
                            continue;
                        }

                        var value = f.Value.GetString()!;
                        fields[f.Name] = value;
                        if (ApplicantFields.Contains(f.Name) || target is null)
                        {
                            continue;
                        }

                        var field = target.Form.Find(f.Name);
                        if (field is null)
                        {
                            Error(fAt, $"field '{f.Name}' is not on the form of {target.Code}");
                        }
                        else if (field.HasOptions && field.Options.Count > 0 && field.Options.All(o => o.Value != value))
                        {
                            Error(fAt, $"'{value}' is not an option of '{f.Name}' ({string.Join(", ", field.Options.Select(o => o.Value))})");
                        }
                    }
                }
            }
        }

        Persona? persona = null;
        if (Obj(element, "persona", path, Error) is { } p)
        {
            persona = ParsePersona(p, path + ".persona", target, Error);
        }

        var response = SimulatedResponse.Approve;
        if (element.TryGetProperty("departmentResponse", out var r))
        {
            var at = path + ".departmentResponse";
            if (r.ValueKind != JsonValueKind.Object)
            {
                Error(at, "departmentResponse must be an object");
            }
            else
            {
                Unknown(r, at, ResponseProps, Error);
                var kindText = Str(r, "kind");
                SimulatedResponseKind kind = SimulatedResponseKind.Approve;
                if (kindText is null || !TryResponse(kindText, out kind))
                {
                    Error(at + ".kind", $"kind must be approve, deny or request-supplement, not '{kindText}'");
                }

                var note = Str(r, "note");
                var items = r.TryGetProperty("supplementItems", out var si) && si.ValueKind == JsonValueKind.Array
                    ? si.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                    : [];
                if (kind == SimulatedResponseKind.Deny && string.IsNullOrWhiteSpace(note))
                {
                    Error(at + ".note", "a denial needs a note (the reason printed on the decision)");
                }
                if (kind == SimulatedResponseKind.RequestSupplement && items.Count == 0)
                {
                    Error(at + ".supplementItems", "a supplement request lists at least one item");
                }
                response = new SimulatedResponse(kind, note, items);
            }

            if (decision != ExpectedDecision.Accept)
            {
                Error(at, "only an accepted application reaches the department: remove departmentResponse");
            }
        }

        var minutes = 5;
        if (element.TryGetProperty("targetMinutes", out var tm))
        {
            if (tm.ValueKind != JsonValueKind.Number || !tm.TryGetInt32(out minutes) || minutes is < 1 or > 60)
            {
                Error(path + ".targetMinutes", "targetMinutes must be a whole number from 1 to 60");
                minutes = 5;
            }
        }

        if (errors.Count > startCount || code is null || title is null || persona is null || target is null)
        {
            return null;
        }

        return new Scenario
        {
            Code = code,
            Title = title,
            DepartmentCode = target.Parts[0].RouteTo,
            Persona = persona,
            ExpectedTarget = target.Code,
            ExpectedDecision = decision,
            ExpectedMaterials = materials,
            ExpectedFields = fields,
            Response = response,
            TargetMinutes = minutes,
            Source = file,
        };
    }

    private static Persona? ParsePersona(JsonElement p, string at, IntakeTarget? target, Action<string, string> error)
    {
        Unknown(p, at, PersonaProps, error);
        var kindText = Str(p, "kind") ?? "person";
        var kind = kindText switch
        {
            "person" => ApplicantKind.Person,
            "enterprise" => ApplicantKind.Enterprise,
            _ => (ApplicantKind?)null,
        };
        if (kind is null)
        {
            error(at + ".kind", $"kind must be person or enterprise, not '{kindText}'");
        }

        var name = Str(p, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            error(at + ".name", "name is required");
        }

        var id = Str(p, "idNumber");
        if (string.IsNullOrWhiteSpace(id))
        {
            error(at + ".idNumber", "idNumber is required");
        }
        else if (kind == ApplicantKind.Person && !Forms.Identity.ResidentIdNumber.Validate(id, DateOnly.MaxValue).IsValid)
        {
            error(at + ".idNumber", $"'{id}' is not a valid resident ID number");
        }
        else if (kind == ApplicantKind.Enterprise && !Forms.Identity.UnifiedCreditCode.Validate(id).IsValid)
        {
            error(at + ".idNumber", $"'{id}' is not a valid unified social credit code");
        }

        var says = Text(p, "says", at, error, required: true);
        var documents = new List<BroughtDocument>();
        if (p.TryGetProperty("documents", out var docs))
        {
            if (docs.ValueKind != JsonValueKind.Array)
            {
                error(at + ".documents", "documents must be an array");
            }
            else
            {
                var i = 0;
                foreach (var d in docs.EnumerateArray())
                {
                    var dAt = $"{at}.documents[{i++}]";
                    var material = d.ValueKind == JsonValueKind.Object ? Str(d, "material") : null;
                    if (material is null)
                    {
                        error(dAt + ".material", "material (a material code of the target) is required");
                        continue;
                    }

                    if (target is not null && target.Materials.All(m => m.Code != material))
                    {
                        error(dAt + ".material", $"material '{material}' is not a material of {target.Code}");
                    }

                    var description = Text(d, "description", dAt, error, required: false) ?? new LocalizedText(string.Empty, string.Empty);
                    documents.Add(new BroughtDocument(material, description));
                }
            }
        }

        return kind is null || name is null || id is null || says is null
            ? null
            : new Persona(kind.Value, name, id, Str(p, "phone"), says, documents);
    }

    public static bool TryDecision(string text, out ExpectedDecision decision)
    {
        (var ok, decision) = text switch
        {
            "accept" => (true, ExpectedDecision.Accept),
            "one-time-notice" => (true, ExpectedDecision.OneTimeNotice),
            "refuse" => (true, ExpectedDecision.Refuse),
            _ => (false, ExpectedDecision.Accept),
        };
        return ok;
    }

    public static bool TryStatus(string text, out MaterialStatus status)
    {
        (var ok, status) = text switch
        {
            "original" => (true, MaterialStatus.Original),
            "copy" => (true, MaterialStatus.Copy),
            "e-license" => (true, MaterialStatus.ELicense),
            "commitment" => (true, MaterialStatus.Commitment),
            "missing" => (true, MaterialStatus.Missing),
            _ => (false, MaterialStatus.Missing),
        };
        return ok;
    }

    private static bool TryResponse(string text, out SimulatedResponseKind kind)
    {
        (var ok, kind) = text switch
        {
            "approve" => (true, SimulatedResponseKind.Approve),
            "deny" => (true, SimulatedResponseKind.Deny),
            "request-supplement" => (true, SimulatedResponseKind.RequestSupplement),
            _ => (false, SimulatedResponseKind.Approve),
        };
        return ok;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonElement? Obj(JsonElement e, string name, string path, Action<string, string> error)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Object)
        {
            error($"{path}.{name}", $"{name} is required (an object)");
            return null;
        }
        return v;
    }

    private static LocalizedText? Text(JsonElement e, string name, string path, Action<string, string> error, bool required)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            if (required)
            {
                error($"{path}.{name}", $"{name} is required ({{\"zh\": …, \"en\": …}})");
            }
            return null;
        }

        if (v.ValueKind != JsonValueKind.Object || Str(v, "zh") is not { Length: > 0 } zh)
        {
            error($"{path}.{name}", $"{name} must be {{\"zh\": …, \"en\": …}} with Chinese text");
            return null;
        }

        return new LocalizedText(zh, Str(v, "en") ?? string.Empty);
    }

    private static void Unknown(JsonElement e, string path, string[] allowed, Action<string, string> error)
    {
        foreach (var property in e.EnumerateObject().Where(p => !allowed.Contains(p.Name) && p.Name != "$comment"))
        {
            error($"{path}.{property.Name}", $"unknown property '{property.Name}'");
        }
    }
}
