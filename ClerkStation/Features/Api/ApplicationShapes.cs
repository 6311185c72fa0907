using System.Text.Json;
using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Features.Api;

/// <summary>
/// The body of POST /api/v1/applications. <c>target</c>: an item or bundle code; <c>channel</c>: Online, Agent or Kiosk;
/// <c>form</c>: values under the catalog form's field keys; <c>materials</c>: material code → Original, Copy, ELicense,
/// Commitment or Missing.
/// </summary>
public sealed record ApiApplicationRequest(string? Target, string? Channel, ApiApplicant? Applicant, JsonElement? Form, Dictionary<string, string>? Materials)
{
    /// <summary>The mediator request, or the problems (with the counter's paths) that stop it.</summary>
    public SubmitPreApplication ToCommand(string key, string bodyHash, List<ValidationProblem> problems)
    {
        var channel = Parse<Channel>(Channel, "channel", problems) ?? Domain.PreApplications.Channel.Online;
        var kind = Parse<ApplicantKind>(Applicant?.Kind, "applicant.kind", problems) ?? ApplicantKind.Person;
        var materials = new Dictionary<string, MaterialStatus>(StringComparer.Ordinal);
        foreach (var (code, status) in Materials ?? [])
        {
            if (Parse<MaterialStatus>(status, "materials." + code, problems) is { } parsed)
            {
                materials[code] = parsed;
            }
        }

        var a = Applicant ?? new ApiApplicant(null, null, null, null, null, null, null);
        var applicant = new Applicant(kind, a.Name ?? string.Empty, a.IdNumber ?? string.Empty, a.Phone, a.Address, a.LegalRepresentative,
            a.Proxy is { } p ? new Proxy(p.Name ?? string.Empty, p.IdNumber ?? string.Empty, p.Phone) : null);
        var form = Form is { ValueKind: JsonValueKind.Object } given ? given.GetRawText() : "{}";
        if (Form is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined) })
        {
            problems.Add(new ValidationProblem("form", Domain.Intake.IntakeRuleCodes.FormUnreadable));
        }

        return new SubmitPreApplication(key, bodyHash, channel, Target ?? string.Empty, applicant, form, materials);
    }

    private static T? Parse<T>(string? value, string path, List<ValidationProblem> problems) where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }

        problems.Add(new ValidationProblem(path, "api.valueUnknown", new Dictionary<string, string> { ["allowed"] = string.Join(", ", Enum.GetNames<T>()) }));
        return null;
    }
}

/// <summary>Kind: Person or Enterprise; idNumber: resident ID or unified social credit code.</summary>
public sealed record ApiApplicant(string? Kind, string? Name, string? IdNumber, string? Phone, string? Address, string? LegalRepresentative, ApiProxy? Proxy);

/// <summary>Someone applying on the applicant's behalf (帮办代办).</summary>
public sealed record ApiProxy(string? Name, string? IdNumber, string? Phone);
