using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure.Calendar;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClerkStation.Features.Training;

/// <summary>A practice request sent from production is refused: practice actions never touch real cases.</summary>
public sealed class PracticeOnlyException(string request) : Exception($"{request} is only available in the practice workspace");

public sealed record PracticeCaseRow(Guid Id, string Number, string ItemCode, LocalizedText ItemName, CaseStatus Status, string ApplicantName,
    IReadOnlyList<string> SupplementItems, string? DecisionNote, DateTimeOffset AcceptedAt);

/// <summary>The trainee's own practice cases, to follow them through the simulated back office to delivery.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk, StaffRole.Trainer)]
public sealed record GetMyPracticeCases : IQuery<IReadOnlyList<PracticeCaseRow>>;

public sealed class GetMyPracticeCasesHandler(Workspace workspace, IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser)
    : IQueryHandler<GetMyPracticeCases, IReadOnlyList<PracticeCaseRow>>
{
    public async ValueTask<IReadOnlyList<PracticeCaseRow>> Handle(GetMyPracticeCases query, CancellationToken cancellationToken)
    {
        if (!workspace.IsPractice)
        {
            return [];
        }

        var me = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => c.AssignedClerkId == me.UserId).ToListAsync(cancellationToken);
        return [.. cases.OrderByDescending(c => c.AcceptedAt).Take(30)
            .Select(c => new PracticeCaseRow(c.Id, c.Number, c.ItemCode, c.ItemName, c.Status, c.Applicant.Name, c.SupplementItems, c.DecisionNote, c.AcceptedAt))];
    }
}

/// <summary>补正 in practice: the applicant brought what the simulated reviewer asked for; the simulated reviewer then approves.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk)]
public sealed record RecordPracticeSupplement(Guid CaseId) : ICommand, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class RecordPracticeSupplementHandler(Workspace workspace, IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, CalendarService calendars, TimeProvider clock)
    : ICommandHandler<RecordPracticeSupplement>
{
    public async ValueTask<Unit> Handle(RecordPracticeSupplement command, CancellationToken cancellationToken)
    {
        if (!workspace.IsPractice)
        {
            throw new PracticeOnlyException(nameof(RecordPracticeSupplement));
        }

        var me = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.FirstAsync(c => c.Id == command.CaseId && c.AssignedClerkId == me.UserId, cancellationToken);
        var now = clock.GetUtcNow();
        @case.RecordSupplement(me, now, calendars.Current, "练习补正");
        if (@case.Status == CaseStatus.InReview)
        {
            @case.Approve(SimulateBackOffice.ReviewerFor(@case.DepartmentCode), now, "模拟：补正后准予");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>出件 in practice: handed over at the window to the applicant.</summary>
[AllowedRoles(StaffRole.Trainee, StaffRole.Clerk)]
public sealed record DeliverPracticeCase(Guid CaseId) : ICommand, IAuditTarget
{
    public string? AuditTarget => CaseId.ToString();
}

public sealed class DeliverPracticeCaseHandler(Workspace workspace, IDbContextFactory<ClerkDbContext> dbFactory, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<DeliverPracticeCase>
{
    public async ValueTask<Unit> Handle(DeliverPracticeCase command, CancellationToken cancellationToken)
    {
        if (!workspace.IsPractice)
        {
            throw new PracticeOnlyException(nameof(DeliverPracticeCase));
        }

        var me = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.FirstAsync(c => c.Id == command.CaseId && c.AssignedClerkId == me.UserId, cancellationToken);
        @case.Deliver(me, clock.GetUtcNow(), DeliveryMethod.Window, @case.Applicant.Name, @case.Applicant.IdNumber, null);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
