using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Admin;

public sealed record LockedAccount(string Id, string UserName, string DisplayName, int MinutesLeft);

/// <summary>Accounts locked out by failed sign-ins right now (not disabled ones), for the supervisor to unlock.</summary>
[AllowedRoles(StaffRole.Supervisor, StaffRole.Admin)]
public sealed record ListLockedStaff : IQuery<IReadOnlyList<LockedAccount>>;

public sealed class ListLockedStaffHandler(ClerkDatabases databases, CenterClock clock) : IQueryHandler<ListLockedStaff, IReadOnlyList<LockedAccount>>
{
    public async ValueTask<IReadOnlyList<LockedAccount>> Handle(ListLockedStaff query, CancellationToken cancellationToken)
    {
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && u.LockoutEnd != null).ToListAsync(cancellationToken);
        var now = clock.Now;
        return users.Where(u => u.LockoutEnd > now)
            .OrderBy(u => u.UserName)
            .Select(u => new LockedAccount(u.Id, u.UserName ?? string.Empty, u.DisplayName, (int)Math.Ceiling((u.LockoutEnd!.Value - now).TotalMinutes)))
            .ToList();
    }
}
