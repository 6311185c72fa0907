using ClerkStation.Domain.Json;

namespace ClerkStation.Domain.Catalog;

/// <summary>
/// An item's properties beyond its identity: the words for kind and applicant, the guide, and the rules across
/// properties (promised vs. statutory days, what "without originals" allows).
/// </summary>
public static partial class CatalogLoader
{
    private static readonly Dictionary<string, ItemKind> Kinds = new()
    {
        ["instant"] = ItemKind.Instant,
        ["promised"] = ItemKind.Promised,
    };

    private static readonly Dictionary<string, ApplicantKind> Applicants = new()
    {
        ["person"] = ApplicantKind.Person,
        ["enterprise"] = ApplicantKind.Enterprise,
        ["both"] = ApplicantKind.Both,
    };

    private static ServiceGuide ReadGuide(JsonObjectReader item, ProblemLog log)
    {
        if (item.Get("guide") is not { } element)
        {
            return ServiceGuide.Empty;
        }

        var reader = JsonObjectReader.Open(element, item.PathOf("guide"), log, "'guide'", "conditions", "notes");
        return reader is null
            ? ServiceGuide.Empty
            : new ServiceGuide(
                reader.Text("conditions", required: false, englishRequired: false),
                reader.Text("notes", required: false, englishRequired: false));
    }

    /// <summary>The applicant's identity card is verified by the channel's real-name login.</summary>
    public const string IdentityCardMaterial = "id-card";

    /// <summary>
    /// An item accepted without the counter's check may not need an original nobody would ever see: every required material
    /// other than the identity card must be a copy or electronic, fetchable as an e-licence, or replaceable by a commitment.
    /// </summary>
    private static void CheckWithoutOriginals(JsonObjectReader reader, ProblemLog log, IReadOnlyList<MaterialRequirement> materials)
    {
        foreach (var material in materials.Where(m => m.Required && m.Code != IdentityCardMaterial && !m.ELicense && !m.Commitment
                     && m.Form is MaterialForm.Original or MaterialForm.OriginalAndCopy))
        {
            log.Add(reader.PathOf("withoutOriginals"), $"an item accepted without originals cannot require the original of '{material.Code}' (make it a copy, electronic, an e-licence or a commitment)");
        }
    }

    private static void CheckDays(JsonObjectReader reader, ProblemLog log, ItemKind? kind, int? promised, int? statutory)
    {
        var path = reader.PathOf("promisedDays");
        if (kind == ItemKind.Instant && promised is not null and not 0)
        {
            log.Add(path, $"an instant item has promisedDays 0, not {promised}");
        }
        else if (kind == ItemKind.Promised && promised is < 1)
        {
            log.Add(path, $"a promised item needs promisedDays of at least 1, not {promised}");
        }

        if (promised is not null && statutory is not null && promised > statutory)
        {
            log.Add(path, $"promisedDays ({promised}) exceeds statutoryDays ({statutory})");
        }
    }
}
