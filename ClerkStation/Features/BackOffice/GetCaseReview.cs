using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.BackOffice;

/// <summary>Everything the review page shows: the case with its unmasked applicant, the item's form, the deadline light.</summary>
/// <see cref="Allowed"/>: the steps the case allows this person now (the action bar offers exactly these).
public sealed record CaseReview(
    Case Case, FormDefinition Form, DeadlineLight Light, int? RemainingWorkingDays, bool DueProvisional, IReadOnlySet<CaseAction> Allowed);

/// <summary>
/// A case of one of the reviewer's departments (supervisors see every department). A query: it reads and writes
/// nothing; the page records that the full applicant data was shown with <see cref="RecordCaseView"/>.
/// </summary>
[AllowedRoles(StaffRole.Reviewer, StaffRole.Supervisor)]
public sealed record GetCaseReview(string Number) : IQuery<CaseReview?>;

public sealed class GetCaseReviewHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store, CalendarService calendars, CenterClock clock,
    IOptions<DeadlineOptions> deadlines) : IQueryHandler<GetCaseReview, CaseReview?>
{
    public async ValueTask<CaseReview?> Handle(GetCaseReview query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == query.Number, cancellationToken);
        if (@case is null || !RecordCaseView.MaySee(actor, @case.DepartmentCode))
        {
            return null;
        }

        var today = clock.Today;
        var calendar = calendars.Current;
        var form = store.Catalog.FindItem(@case.ItemCode)?.Form ?? FormDefinition.Empty;
        return new CaseReview(@case, form,
            @case.LightOn(today, calendar, new DeadlinePolicy(deadlines.Value.WarningWorkingDays)),
            @case.RemainingWorkingDays(today, calendar),
            @case.DueDate is { } due && calendar.AnyProvisional(@case.AcceptedOn, @case.StatutoryDueDate is { } s && s > due ? s : due),
            @case.AllowedActions(actor));
    }
}
