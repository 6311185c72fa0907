using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Forms;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.BackOffice;

/// <summary>Everything the review page shows: the case with its unmasked applicant, the item's form, the deadline light.</summary>
public sealed record CaseReview(Case Case, FormDefinition Form, DeadlineLight Light, int? RemainingWorkingDays, bool DueProvisional);

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
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CatalogStore store, CalendarService calendars, CenterClock clock,
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
            db.AuditEntries.Add(new AuditEntry
            {
                At = time.GetUtcNow(),
                UserId = actor.UserId,
                UserName = actor.DisplayName,
                Action = GetCaseReview.ViewPersonalData,
                Target = @case.Number,
                Succeeded = true,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        var today = clock.Today;
        var calendar = calendars.Current;
        var form = store.Catalog.FindItem(@case.ItemCode)?.Form ?? FormDefinition.Empty;
        return new CaseReview(@case, form,
            @case.LightOn(today, calendar, new DeadlinePolicy(deadlines.Value.WarningWorkingDays)),
            @case.RemainingWorkingDays(today, calendar),
            @case.DueDate is { } due && calendar.AnyProvisional(@case.AcceptedOn, @case.StatutoryDueDate is { } s && s > due ? s : due));
    }
}
