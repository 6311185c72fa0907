using ClerkStation.Domain.Complaints;

namespace ClerkStation.Features.Complaints;

/// <summary>Open complaints first (oldest first), then the recently closed.</summary>
[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetComplaints : IQuery<IReadOnlyList<Complaint>>;

public sealed class GetComplaintsHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetComplaints, IReadOnlyList<Complaint>>
{
    public async ValueTask<IReadOnlyList<Complaint>> Handle(GetComplaints query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Complaints.AsNoTracking().OrderByDescending(c => c.RecordedOn).Take(300).ToListAsync(cancellationToken);
        return rows.OrderBy(c => c.Status == ComplaintStatus.Closed).ThenBy(c => c.Status == ComplaintStatus.Closed ? -c.RecordedAt.UtcTicks : c.RecordedAt.UtcTicks).ToList();
    }
}
