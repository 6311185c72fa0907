using ClerkStation.Domain.Cases;
using ClerkStation.Domain.Staff;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Catalog;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClerkStation.Features.Supervisor;

/// <summary>A case by its number (any status), for the supervisor to reassign one that is not on a board.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record FindCase(string Number) : IQuery<RiskRow?>;

public sealed class FindCaseHandler(IDbContextFactory<ClerkDbContext> dbFactory, CatalogStore store, CenterClock clock, IOptions<DeadlineOptions> deadlines)
    : IQueryHandler<FindCase, RiskRow?>
{
    public async ValueTask<RiskRow?> Handle(FindCase query, CancellationToken cancellationToken)
    {
        var number = query.Number?.Trim();
        if (string.IsNullOrEmpty(number))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, cancellationToken);
        if (c is null)
        {
            return null;
        }
        var today = clock.Today;
        var covered = store.Calendar.Covers(today.Year);
        return new RiskRow(c.Id, c.Number, c.ItemCode, c.ItemName, c.DepartmentCode, c.Status, c.DueDate,
            covered ? c.RemainingWorkingDays(today, store.Calendar) : null,
            covered ? c.LightOn(today, store.Calendar, new DeadlinePolicy(deadlines.Value.WarningWorkingDays)) : DeadlineLight.None,
            c.ClaimedById, c.ClaimedByName, c.AssignedClerkId, c.AssignedClerkName);
    }
}
