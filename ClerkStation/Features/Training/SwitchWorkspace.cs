using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.Training;

/// <summary>
/// A clerk or trainer switches into or out of the practice workspace, explicitly. Stored and audited in the production
/// database whichever workspace the request came from. Trainees cannot leave practice.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainer)]
public sealed record SwitchWorkspace(bool Practice) : ICommand<WorkspaceKind>;

public sealed class SwitchWorkspaceHandler(Workspace workspace, ClerkDatabases databases, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SwitchWorkspace, WorkspaceKind>
{
    public async ValueTask<WorkspaceKind> Handle(SwitchWorkspace command, CancellationToken cancellationToken)
    {
        var me = await currentUser.RequireAsync();
        if (!Workspace.MaySwitch(me))
        {
            throw new AccessDeniedException(nameof(SwitchWorkspace), "trainees always work in practice");
        }

        var now = clock.GetUtcNow();
        await using var db = await databases.Production.CreateDbContextAsync(cancellationToken);
        var preference = await db.Set<WorkspacePreference>().FirstOrDefaultAsync(p => p.UserId == me.UserId, cancellationToken);
        if (preference is null)
        {
            preference = new WorkspacePreference { UserId = me.UserId };
            db.Add(preference);
        }

        preference.Practice = command.Practice;
        preference.ChangedAt = now;
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = me.UserId,
            UserName = me.DisplayName,
            Action = command.Practice ? "WorkspaceSwitch:Practice" : "WorkspaceSwitch:Production",
            Target = me.UserId,
            Succeeded = true,
        });
        await db.SaveChangesAsync(cancellationToken);
        return await workspace.RefreshAsync(cancellationToken);
    }
}
