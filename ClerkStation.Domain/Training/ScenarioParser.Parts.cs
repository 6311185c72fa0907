using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Forms.Checks;
using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Training;

/// <summary>The checks on a scenario's expectations, persona and simulated department response.</summary>
public static partial class ScenarioParser
{
    private static readonly Dictionary<string, ApplicantKind> PersonaKinds = new()
    {
        ["person"] = ApplicantKind.Person,
        ["enterprise"] = ApplicantKind.Enterprise,
    };

    private static readonly Dictionary<string, SimulatedResponseKind> ResponseKinds = new()
    {
        ["approve"] = SimulatedResponseKind.Approve,
        ["deny"] = SimulatedResponseKind.Deny,
        ["request-supplement"] = SimulatedResponseKind.RequestSupplement,
    };

    private static void CheckMaterials(
        JsonObjectReader expected, IntakeTarget? target, ExpectedDecision decision, Dictionary<string, MaterialStatus> materials, ProblemLog log)
    {
        if (decision == ExpectedDecision.OneTimeNotice && materials.Count > 0 && !materials.ContainsValue(MaterialStatus.Missing))
        {
            log.Add(expected.PathOf("materials"), "a one-time notice scenario must mark at least one material missing");
        }

        if (decision != ExpectedDecision.Accept || target is null)
        {
            return;
        }

        foreach (var required in target.Materials.Where(m => m.Required && m.RequiredWhen is null))
        {
            if (materials.TryGetValue(required.Code, out var status) && status == MaterialStatus.Missing)
            {
                log.Add($"{expected.PathOf("materials")}.{required.Code}", "an accepted application cannot have a required material missing");
            }
        }
    }

    private static void CheckField(IntakeTarget? target, string key, string value, string path, ProblemLog log)
    {
        if (ApplicantFields.Contains(key) || target is null)
        {
            return;
        }

        var field = target.Form.Find(key);
        if (field is null)
        {
            log.Add(path, $"field '{key}' is not on the form of {target.Code}");
        }
        else if (field.HasOptions && field.Options.Count > 0 && field.Options.All(o => o.Value != value))
        {
            log.Add(path, $"'{value}' is not an option of '{key}' ({string.Join(", ", field.Options.Select(o => o.Value))})");
        }
    }

    private static Persona? ReadPersona(JsonObjectReader scenario, IntakeTarget? target, ProblemLog log)
    {
        var persona = scenario.Object("persona", required: true, "'persona'", "kind", "name", "idNumber", "phone", "says", "documents");
        if (persona is null)
        {
            return null;
        }

        var kind = persona.Enum("kind", required: false, PersonaKinds) ?? ApplicantKind.Person;
        var name = persona.String("name", required: true);
        var id = persona.String("idNumber", required: true);
        if (id is not null && kind == ApplicantKind.Person && !ResidentIdNumber.Validate(id, DateOnly.MaxValue).IsValid)
        {
            log.Add(persona.PathOf("idNumber"), $"'{id}' is not a valid resident ID number");
        }
        else if (id is not null && kind == ApplicantKind.Enterprise && !UnifiedCreditCode.Validate(id).IsValid)
        {
            log.Add(persona.PathOf("idNumber"), $"'{id}' is not a valid unified social credit code");
        }

        var phone = persona.String("phone", required: false);
        var says = persona.Text("says", required: true, englishRequired: false);
        var documents = new List<BroughtDocument>();
        foreach (var (element, path) in persona.Array("documents", required: false))
        {
            var document = JsonObjectReader.Open(element, path, log, "a document", "material", "description");
            var material = document?.String("material", required: true);
            if (material is not null && target is not null && target.Materials.All(m => m.Code != material))
            {
                log.Add(document!.PathOf("material"), $"material '{material}' is not a material of {target.Code}");
            }

            var description = document?.Text("description", required: false, englishRequired: false) ?? LocalizedText.Empty;
            if (material is not null)
            {
                documents.Add(new BroughtDocument(material, description));
            }
        }

        return name is null || id is null || says is null ? null : new Persona(kind, name, id, phone, says, documents);
    }

    private static SimulatedResponse ReadResponse(JsonObjectReader scenario, ExpectedDecision decision, ProblemLog log)
    {
        var response = scenario.Object("departmentResponse", required: false, "'departmentResponse'", "kind", "note", "supplementItems");
        if (response is null)
        {
            return SimulatedResponse.Approve;
        }

        var kind = response.Enum("kind", required: true, ResponseKinds) ?? SimulatedResponseKind.Approve;
        var note = response.String("note", required: false);
        var items = response.Strings("supplementItems");
        if (kind == SimulatedResponseKind.Deny && note is null)
        {
            log.Add(response.PathOf("note"), "a denial needs a note (the reason printed on the decision)");
        }

        if (kind == SimulatedResponseKind.RequestSupplement && items.Count == 0)
        {
            log.Add(response.PathOf("supplementItems"), "a supplement request lists at least one item");
        }

        if (decision != ExpectedDecision.Accept)
        {
            log.Add(response.Path, "only an accepted application reaches the department: remove departmentResponse");
        }

        return new SimulatedResponse(kind, note, items);
    }
}
