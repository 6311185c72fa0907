using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.BackOffice;

/// <summary>Everything the review page shows: the case with its unmasked applicant, the item's form, the deadline light.</summary>
public sealed record CaseReview(Case Case, FormDefinition Form, DeadlineLight Light, int? RemainingWorkingDays, bool CalendarCovered);

/// <summary>
/// A case of one of the reviewer's departments (supervisors see every department). Showing the full applicant data is
/// recorded in the audit trail as <see cref="ViewPersonalData"/>.
/// </summary>
[AllowedRoles(StaffRole.Reviewer, StaffRole.Supervisor)]
public sealed record GetCaseReview(string Number, bool RecordView = true) : IQuery<CaseReview?>
{
    public const string ViewPersonalData = "ViewPersonalData";
}

public sealed class GetCaseReviewHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store, CenterClock clock,
    IOptions<DeadlineOptions> deadlines, TimeProvider time) : IQueryHandler<GetCaseReview, CaseReview?>
{
    public async ValueTask<CaseReview?> Handle(GetCaseReview query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == query.Number, cancellationToken);
        if (@case is null || !(actor.IsIn(StaffRole.Supervisor) || actor.Serves(@case.DepartmentCode)))
        {
            return null;
        }

        // Opening the page is a view; the live refreshes that follow show nothing new and are not recorded again.
        if (query.RecordView)
        {
            PersonalDataViews.Record(db, actor, @case.Number, time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        var today = clock.Today;
        var covered = store.Calendar.Covers(today.Year) && (@case.DueDate is not { } due || store.Calendar.Covers(due.Year));
        var form = store.Catalog.FindItem(@case.ItemCode)?.Form ?? FormDefinition.Empty;
        return new CaseReview(@case, form,
            covered ? @case.LightOn(today, store.Calendar, new DeadlinePolicy(deadlines.Value.WarningWorkingDays)) : DeadlineLight.None,
            covered ? @case.RemainingWorkingDays(today, store.Calendar) : null,
            covered);
    }
}
