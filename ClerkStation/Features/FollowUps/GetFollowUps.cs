using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Features.BackOffice;
using ClerkStation.Infrastructure.Catalog;

namespace ClerkStation.Features.FollowUps;

/// <summary>One case as the counter follows it up; <c>Allowed</c> is what the clerk may do to it (the case's own rules).</summary>
public sealed record FollowUpPart(
    Guid Id, string Number, string ItemCode, LocalizedText ItemName, CaseStatus Status, CaseOutcome? Outcome,
    IReadOnlyList<string> SupplementItems, string ApplicantName, string ApplicantIdMasked, DateOnly? DueDate, IReadOnlySet<CaseAction> Allowed);

/// <summary>
/// One line on the counter: a single case, or a bundle (一件事) shown as one with every part's status. A bundle is
/// complete when every part is delivered.
/// </summary>
public sealed record FollowUpLine(Guid? BundleId, LocalizedText? BundleName, IReadOnlyList<FollowUpPart> Parts)
{
    public bool IsBundle => BundleId is not null;

    public int DeliveredCount => Parts.Count(p => p.Status == CaseStatus.Delivered);

    public bool IsComplete => Parts.Count > 0 && Parts.All(p => p.Status == CaseStatus.Delivered);

    /// <summary>Something for the clerk to do: a result to hand out or a supplement to record.</summary>
    public bool NeedsAction => Parts.Any(p => p.Allowed.Contains(CaseAction.Deliver) || p.Allowed.Contains(CaseAction.RecordSupplement));
}

/// <summary>
/// The signed-in clerk's cases that are ready for delivery or wait for a supplement, bundles grouped. <see cref="Search"/>
/// matches the case number, the applicant's name or ID number (full values, though the list shows them masked);
/// <see cref="Status"/> keeps one of the two waiting states.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee)]
public sealed record GetFollowUps(string? Search = null, CaseStatus? Status = null) : IQuery<IReadOnlyList<FollowUpLine>>;

public sealed class GetFollowUpsHandler(IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store)
    : IQueryHandler<GetFollowUps, IReadOnlyList<FollowUpLine>>
{
    private static readonly CaseStatus[] Waiting = [CaseStatus.ReadyForDelivery, CaseStatus.SupplementRequested];

    public async ValueTask<IReadOnlyList<FollowUpLine>> Handle(GetFollowUps query, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mine = await Parts(db.Cases.Where(c => c.AssignedClerkId == clerk.UserId && Waiting.Contains(c.Status))
            .OrderBy(c => c.Number) // numbers run in acceptance order (SQLite cannot sort DateTimeOffset)
            .Take(300))
            .ToListAsync(cancellationToken);
        mine = [.. mine.Where(c => Matches(c, query))];
        var bundleIds = mine.Where(c => c.BundleId != null).Select(c => c.BundleId).Distinct().ToList();
        var bundleParts = bundleIds.Count == 0
            ? []
            : await Parts(db.Cases.Where(c => bundleIds.Contains(c.BundleId)).OrderBy(c => c.Number)).ToListAsync(cancellationToken);

        var lines = new List<FollowUpLine>();
        foreach (var @case in mine)
        {
            if (@case.BundleId is not { } bundleId)
            {
                lines.Add(new FollowUpLine(null, null, [ToPart(@case, clerk)]));
            }
            else if (lines.All(l => l.BundleId != bundleId))
            {
                var parts = bundleParts.Where(p => p.BundleId == bundleId).ToList();
                lines.Add(new FollowUpLine(bundleId, BundleName(parts), parts.Select(p => ToPart(p, clerk)).ToList()));
            }
        }

        return lines;
    }

    private static bool Matches(PartRow c, GetFollowUps query)
    {
        if (query.Status is { } status && c.Status != status)
        {
            return false;
        }

        var term = query.Search?.Trim();
        return string.IsNullOrEmpty(term)
            || c.Number.Contains(term, StringComparison.OrdinalIgnoreCase)
            || c.Applicant.Name.Contains(term, StringComparison.Ordinal)
            || c.Applicant.IdNumber.Contains(term, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Only the columns a counter line shows (no events, form data or materials).</summary>
    private static IQueryable<PartRow> Parts(IQueryable<Case> cases) => cases.AsNoTracking().Select(c => new PartRow(
        c.BundleId, c.Id, c.Number, c.ItemCode, c.ItemName, c.Status, c.Outcome, EF.Property<List<string>>(c, "_supplementItems"), c.Applicant, c.DueDate,
        c.DepartmentCode, c.ClaimedById));

    private sealed record PartRow(
        Guid? BundleId, Guid Id, string Number, string ItemCode, LocalizedText ItemName, CaseStatus Status, CaseOutcome? Outcome,
        List<string> SupplementItems, Applicant Applicant, DateOnly? DueDate, string DepartmentCode, string? ClaimedById);

    private static FollowUpPart ToPart(PartRow c, Actor clerk) => new(
        c.Id, c.Number, c.ItemCode, c.ItemName, c.Status, c.Outcome, c.SupplementItems.ToList(), GetDepartmentQueueHandler.MaskName(c.Applicant.Name),
        c.Applicant.MaskedIdNumber, c.DueDate, Case.AllowedActions(new CaseStanding(c.Status, c.DepartmentCode, c.ClaimedById), clerk));

    // Cases keep their item codes only; the bundle is the catalog bundle with exactly these parts.
    private LocalizedText? BundleName(IReadOnlyList<PartRow> parts)
    {
        var codes = parts.Select(p => p.ItemCode).ToHashSet(StringComparer.Ordinal);
        return store.Catalog.Bundles.FirstOrDefault(b => codes.SetEquals(b.Parts))?.Name;
    }
}
