using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Intake;

namespace ClerkStation.Features.Queue;

public enum VisitItemKind
{
    Accepted,
    OneTimeNotice,
    Refusal,
}

/// <summary>One thing done in a visit: an accepted case, a one-time notice or a refusal, with the item it was about.</summary>
public sealed record VisitItem(VisitItemKind Kind, string Number, LocalizedText ItemName, string DepartmentCode);

/// <summary>Everything decided in one visit (一窗办多事), in the order it was done, read through <see cref="VisitLink"/>.</summary>
public static class VisitItems
{
    public static async Task<IReadOnlyList<VisitItem>> OfAsync(ClerkDbContext db, Guid visitId, CancellationToken ct)
    {
        var cases = await VisitLink.CasesOf(db, visitId).AsNoTracking()
            .Select(c => new { c.Number, c.ItemName, c.DepartmentCode, c.AcceptedAt }).ToListAsync(ct);
        var decisions = await VisitLink.DecisionsOf(db, visitId).AsNoTracking()
            .Select(d => new { d.Kind, d.Number, d.TargetName, d.DepartmentCode, d.At }).ToListAsync(ct);
        return cases.Select(c => (At: c.AcceptedAt, Item: new VisitItem(VisitItemKind.Accepted, c.Number, c.ItemName, c.DepartmentCode)))
            .Concat(decisions.Select(d => (At: d.At, Item: new VisitItem(
                d.Kind == IntakeDecisionKind.Refusal ? VisitItemKind.Refusal : VisitItemKind.OneTimeNotice, d.Number, d.TargetName, d.DepartmentCode))))
            .OrderBy(x => x.At)
            .Select(x => x.Item)
            .ToList();
    }

    /// <summary>The visit's items named in one line (办理事项: A、B), as the visit's rating names its service.</summary>
    public static LocalizedText Names(IReadOnlyList<VisitItem> items)
    {
        var distinct = items.Select(i => i.ItemName).Distinct().ToList();
        return new LocalizedText(
            string.Join("、", distinct.Select(n => n.Zh)),
            string.Join("; ", distinct.Select(n => string.IsNullOrWhiteSpace(n.En) ? n.Zh : n.En)));
    }
}
