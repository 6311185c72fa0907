using ClerkStation.Domain.Cases;
using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Features.OnlineApplications;

/// <summary>What the intake page is filled with when the clerk opens a pre-application: as the applicant sent it.</summary>
public sealed record PreApplicationIntake(
    Guid Id, string Number, Channel Channel, string ClientName, string TargetCode, Applicant Applicant, string FormDataJson,
    IReadOnlyDictionary<string, MaterialStatus> Materials, AgentTaking? Taking = null);

/// <summary>Opens one waiting pre-application at the counter (null once decided or unknown).</summary>
[AllowedRoles(StaffRole.Clerk)]
public sealed record OpenPreApplication(Guid Id) : IQuery<PreApplicationIntake?>;

public sealed class OpenPreApplicationHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<OpenPreApplication, PreApplicationIntake?>
{
    public async ValueTask<PreApplicationIntake?> Handle(OpenPreApplication query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pre = await db.PreApplications.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == query.Id && p.Status == PreApplicationStatus.Submitted, cancellationToken);
        return pre is null
            ? null
            : new PreApplicationIntake(pre.Id, pre.Number, pre.Channel, pre.ClientName, pre.TargetCode, pre.Applicant, pre.FormDataJson, pre.Materials, pre.Taking);
    }
}
