namespace ClerkStation.Features.Supervisor;

public sealed record StaffEntry(string Id, string DisplayName, string UserName, IReadOnlyList<string> Departments);

/// <summary>Who a case can be reassigned to: active reviewers (with their departments) and counter clerks.</summary>
public sealed record StaffDirectory(IReadOnlyList<StaffEntry> Reviewers, IReadOnlyList<StaffEntry> Clerks)
{
    public StaffEntry? Find(string id) => Reviewers.Concat(Clerks).FirstOrDefault(s => s.Id == id);
}

[AllowedRoles(StaffRole.Supervisor)]
public sealed record GetStaffDirectory : IQuery<StaffDirectory>;

public sealed class GetStaffDirectoryHandler(IDbContextFactory<ClerkDbContext> dbFactory) : IQueryHandler<GetStaffDirectory, StaffDirectory>
{
    public async ValueTask<StaffDirectory> Handle(GetStaffDirectory query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, cancellationToken);
    }

    internal static async Task<StaffDirectory> LoadAsync(ClerkDbContext db, CancellationToken ct)
    {
        var rows = await (from user in db.Users.AsNoTracking()
                          join link in db.UserRoles on user.Id equals link.UserId
                          join role in db.Roles on link.RoleId equals role.Id
                          where !user.IsDisabled && (role.Name == nameof(StaffRole.Reviewer) || role.Name == nameof(StaffRole.Clerk))
                          select new { user.Id, user.DisplayName, user.UserName, Role = role.Name })
            .ToListAsync(ct);
        var departments = await db.StaffDepartments.AsNoTracking().ToListAsync(ct);
        StaffEntry Entry(string id, string name, string? userName) => new(id, name, userName ?? id,
            departments.Where(d => d.UserId == id).Select(d => d.DepartmentCode).Order(StringComparer.Ordinal).ToList());
        return new StaffDirectory(
            rows.Where(r => r.Role == nameof(StaffRole.Reviewer)).Select(r => Entry(r.Id, r.DisplayName, r.UserName)).OrderBy(s => s.UserName, StringComparer.Ordinal).ToList(),
            rows.Where(r => r.Role == nameof(StaffRole.Clerk)).Select(r => Entry(r.Id, r.DisplayName, r.UserName)).OrderBy(s => s.UserName, StringComparer.Ordinal).ToList());
    }
}
