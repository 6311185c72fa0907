using ClerkStation.Infrastructure;

namespace ClerkStation.Features.Admin;

public sealed record StaffRow(string Id, string UserName, string DisplayName, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string> Departments, bool IsDisabled, bool IsLockedOut,
    string Villages = "", string? Phone = null);

/// <summary>Every staff account with its roles and departments.</summary>
[AllowedRoles(StaffRole.Admin)]
public sealed record ListStaff : IQuery<IReadOnlyList<StaffRow>>;

public sealed class ListStaffHandler(IDbContextFactory<ClerkDbContext> dbFactory, CenterClock clock) : IQueryHandler<ListStaff, IReadOnlyList<StaffRow>>
{
    public async ValueTask<IReadOnlyList<StaffRow>> Handle(ListStaff query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Include(u => u.Departments).OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var now = clock.Now;
        return users.Select(u => new StaffRow(
                u.Id,
                u.UserName ?? string.Empty,
                u.DisplayName,
                roles.Where(r => r.UserId == u.Id && Enum.TryParse<StaffRole>(r.Name, out _)).Select(r => Enum.Parse<StaffRole>(r.Name!)).Order().ToList(),
                u.Departments.Select(d => d.DepartmentCode).Order().ToList(),
                u.IsDisabled,
                u.LockoutEnd is { } end && end > now,
                u.Villages,
                u.PhoneNumber))
            .ToList();
    }
}
