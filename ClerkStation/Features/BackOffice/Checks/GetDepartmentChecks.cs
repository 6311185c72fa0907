using ClerkStation.Domain.Forms;

namespace ClerkStation.Features.BackOffice.Checks;

/// <summary>Runs the department-specific checks of a case (see <see cref="RunDepartmentChecks"/>); warnings for the review page.</summary>
[AllowedRoles(StaffRole.Reviewer, StaffRole.Supervisor)]
public sealed record GetDepartmentChecks(string Number) : IQuery<IReadOnlyList<CheckFinding>>;

public sealed class GetDepartmentChecksHandler(IDbContextFactory<ClerkDbContext> dbFactory, IPublisher publisher, ICurrentUser currentUser)
    : IQueryHandler<GetDepartmentChecks, IReadOnlyList<CheckFinding>>
{
    public async ValueTask<IReadOnlyList<CheckFinding>> Handle(GetDepartmentChecks query, CancellationToken cancellationToken)
    {
        var actor = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Number == query.Number)
            .Select(c => new { c.Id, c.DepartmentCode, c.ItemCode, c.FormDataJson })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || !(actor.IsIn(StaffRole.Supervisor) || actor.Serves(found.DepartmentCode)))
        {
            return [];
        }

        var run = new RunDepartmentChecks(found.Id, found.DepartmentCode, found.ItemCode, FormData.FromJson(found.FormDataJson));
        await publisher.Publish(run, cancellationToken);
        return run.Findings;
    }
}
