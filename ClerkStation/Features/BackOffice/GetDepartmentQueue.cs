using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Calendar;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.BackOffice;

/// <summary>One row of a department queue; the applicant's ID and phone are masked; <c>Allowed</c> is what the reviewer may do (the case's own rules).</summary>
public sealed record QueueRow(
    Guid Id, string Number, string ItemCode, LocalizedText ItemName, string DepartmentCode, CaseStatus Status,
    string ApplicantName, string ApplicantIdMasked, DateTimeOffset AcceptedAt, DateOnly? DueDate, int? RemainingWorkingDays,
    DeadlineLight Light, string? ClaimedByName, IReadOnlySet<CaseAction> Allowed, string? ClaimedById = null, int AgeDays = 0, bool IsPaused = false, bool DueProvisional = false);

/// <summary>The open cases of the departments the signed-in reviewer works for, most urgent first.</summary>
[AllowedRoles(StaffRole.Reviewer)]
public sealed record GetDepartmentQueue : IQuery<IReadOnlyList<QueueRow>>;

public sealed class GetDepartmentQueueHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CalendarService calendars, CenterClock clock, IOptions<DeadlineOptions> deadlines)
    : IQueryHandler<GetDepartmentQueue, IReadOnlyList<QueueRow>>
{
    private static readonly CaseStatus[] Open = [CaseStatus.Routed, CaseStatus.InReview, CaseStatus.SupplementRequested, CaseStatus.Suspended];

    public async ValueTask<IReadOnlyList<QueueRow>> Handle(GetDepartmentQueue query, CancellationToken cancellationToken)
    {
        var reviewer = await currentUser.RequireAsync();
        var departments = reviewer.Departments.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // The 500 most urgent are picked from the covering index IX_Cases_Queue alone (department, status, due date, id:
        // no table row is read to sort thousands of open cases), then only those rows are read, and only the columns a
        // row shows: no events, form data or materials (500 whole cases with their events cost ~5× more).
        var urgent = db.Cases
            .Where(c => departments.Contains(c.DepartmentCode) && Open.Contains(c.Status))
            .OrderBy(c => c.DueDate).ThenBy(c => c.Id)
            .Take(500)
            .Select(c => c.Id);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => urgent.Contains(c.Id))
            .OrderBy(c => c.DueDate).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Number, c.ItemCode, c.ItemName, c.DepartmentCode, c.Status, c.Applicant, c.AcceptedAt, c.AcceptedOn, c.DueDate,
                c.StatutoryDueDate, c.PausedSince, c.ClaimedByName, c.ClaimedById,
            })
            .ToListAsync(cancellationToken);
        var policy = new DeadlinePolicy(deadlines.Value.WarningWorkingDays);
        var today = clock.Today;
        var calendar = calendars.Current;
        return cases
            .Select(c =>
            {
                var deadline = new DeadlineState(c.Status, c.DueDate, c.StatutoryDueDate, c.PausedSince);
                return new QueueRow(c.Id, c.Number, c.ItemCode, c.ItemName, c.DepartmentCode, c.Status, MaskName(c.Applicant.Name),
                    c.Applicant.MaskedIdNumber, c.AcceptedAt, c.DueDate, deadline.RemainingWorkingDays(today, calendar), deadline.LightOn(today, calendar, policy),
                    c.ClaimedByName, Case.AllowedActions(new CaseStanding(c.Status, c.DepartmentCode, c.ClaimedById), reviewer), c.ClaimedById, today.DayNumber - c.AcceptedOn.DayNumber, c.PausedSince is not null,
                    c.DueDate is { } due && calendar.AnyProvisional(c.AcceptedOn, due));
            })
            .ToList();
    }

    /// <summary>Lists show the surname only: 王小燕 → 王**.</summary>
    public static string MaskName(string name) =>
        name.Length <= 1 ? name : string.Concat(name.AsSpan(0, 1), new string('*', name.Length - 1));
}
