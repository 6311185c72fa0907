using ClerkStation.Domain.Cases;

namespace ClerkStation.Features.Printing;

/// <summary>A case as printed on its acceptance notice (受理通知书).</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee, StaffRole.Supervisor)]
public sealed record GetCaseReceipt(string Number) : IQuery<Case?>;

public sealed class GetCaseReceiptHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetCaseReceipt, Case?>
{
    public async ValueTask<Case?> Handle(GetCaseReceipt query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Number == query.Number, cancellationToken);
    }
}
