using ClerkStation.Domain.Intake;

namespace ClerkStation.Features.Printing;

/// <summary>A one-time notice or refusal as printed for the applicant.</summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee, StaffRole.Supervisor)]
public sealed record GetDecisionReceipt(string Number) : IQuery<IntakeDecision?>;

public sealed class GetDecisionReceiptHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetDecisionReceipt, IntakeDecision?>
{
    public async ValueTask<IntakeDecision?> Handle(GetDecisionReceipt query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.IntakeDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.Number == query.Number, cancellationToken);
    }
}
