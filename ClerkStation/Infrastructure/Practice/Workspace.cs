namespace ClerkStation.Infrastructure.Practice;

/// <summary>
/// Which workspace this circuit or request works in. A trainee is always in practice; a clerk or trainer is in
/// practice after switching explicitly (the choice is stored per user in the production database); everyone else,
/// and anyone not signed in, is in production. The practice-workspace selection behaviour refreshes it before every
/// request, so a switch made in another tab applies to the next request here too.
/// </summary>
public sealed class Workspace(ICurrentUser currentUser, ClerkDatabases databases)
{
    private int? _deviceCenter;

    public WorkspaceKind Current { get; private set; } = WorkspaceKind.Production;

    public bool IsPractice => Current == WorkspaceKind.Practice;

    public bool IsResolved { get; private set; }

    /// <summary>
    /// The center the user's queries are scoped to (ADR 0018): the actor's center for center-bound staff and API clients;
    /// null for city roles and the signed-out public (their handlers address rows by token or compare centers).
    /// </summary>
    public int? CenterScope { get; private set; }

    /// <summary>True when the user may leave practice (a trainee may not).</summary>
    public bool CanSwitch { get; private set; }

    /// <summary>Raised when a refresh finds a different workspace than before (the banner re-renders).</summary>
    public event Action? Changed;

    public static bool MaySwitch(Actor actor) =>
        !actor.IsIn(StaffRole.Trainee) && (actor.IsIn(StaffRole.Clerk) || actor.IsIn(StaffRole.Trainer));

    public async Task<WorkspaceKind> RefreshAsync(CancellationToken ct = default)
    {
        var actor = await currentUser.FindAsync();
        var kind = await DecideAsync(actor, ct);
        var changed = IsResolved && kind != Current;
        Current = kind;
        // A signed-out request keeps the center of the device it proved to be (events dispatched inside it refresh too).
        CenterScope = actor is null ? _deviceCenter : actor.IsCityWide ? null : actor.CenterId;
        CanSwitch = actor is not null && MaySwitch(actor);
        IsResolved = true;
        if (changed)
        {
            Changed?.Invoke();
        }

        return kind;
    }

    /// <summary>
    /// A signed-out request made by a registered device (kiosk, hall display) acts for the device's center from here on:
    /// its queries see that center only and what it creates is stamped with it (ADR 0025).
    /// </summary>
    public void ActForDevice(int centerId) => CenterScope = _deviceCenter = centerId;

    public async Task<WorkspaceKind> EnsureResolvedAsync(CancellationToken ct = default) =>
        IsResolved ? Current : await RefreshAsync(ct);

    private async Task<WorkspaceKind> DecideAsync(Actor? actor, CancellationToken ct)
    {
        if (actor is null)
        {
            return WorkspaceKind.Production;
        }

        if (actor.IsIn(StaffRole.Trainee))
        {
            return WorkspaceKind.Practice;
        }

        if (!MaySwitch(actor))
        {
            return WorkspaceKind.Production;
        }

        await using var db = await databases.Production.CreateDbContextAsync(ct);
        return await db.Set<WorkspacePreference>().AnyAsync(p => p.UserId == actor.UserId && p.Practice, ct) ? WorkspaceKind.Practice : WorkspaceKind.Production;
    }
}
