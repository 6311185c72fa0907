using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Persistence;

namespace ClerkStation.Features.BackOffice;

/// <summary>Showing an applicant's full personal data is recorded in the audit trail (saved with the caller's context).</summary>
public static class PersonalDataViews
{
    public static void Record(ClerkDbContext db, Actor actor, string caseNumber, DateTimeOffset at) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            UserId = actor.UserId,
            UserName = actor.DisplayName,
            Action = GetCaseReview.ViewPersonalData,
            Target = caseNumber,
            Succeeded = true,
        });
}
