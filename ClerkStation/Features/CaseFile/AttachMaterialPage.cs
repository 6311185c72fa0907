using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Practice;

namespace ClerkStation.Features.CaseFile;

/// <summary>
/// The clerk attaches a page (JPEG, PNG or PDF) to a material of the application being filled in. The bytes are
/// streamed to disk, never held whole; the row is committed after the file is in place, so a closed tab or a restart
/// finds it again with the draft. An application already decided takes no page.
/// </summary>
[AllowedRoles(StaffRole.Clerk, StaffRole.Trainee, StaffRole.Agent)]
public sealed record AttachMaterialPage(Guid SubmissionKey, string MaterialCode, Stream Content) : ICommand<MaterialPageView>, IAuditTarget
{
    public string? AuditTarget => SubmissionKey.ToString("N") + "/" + MaterialCode;
}

public sealed class AttachMaterialPageHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CaseFileStore store, Workspace workspace, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<AttachMaterialPage, MaterialPageView>
{
    public async ValueTask<MaterialPageView> Handle(AttachMaterialPage command, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        var key = command.SubmissionKey;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // A village agent's pre-application (its id is the key) takes the clerk's pages beside the agent's.
        if (await db.Set<MaterialPage>().AnyAsync(p => p.SubmissionKey == key && p.UploadedBy != clerk.UserId, cancellationToken)
            && !(clerk.IsIn(StaffRole.Clerk) && await db.PreApplications.AnyAsync(a => a.Id == key, cancellationToken)))
        {
            throw new InvalidPageException(CaseFileCodes.AlreadyDecided);
        }

        var slot = new PageSlot(
            p => p.SubmissionKey == key,
            command.MaterialCode,
            async ct =>
            {
                if (await IntakeSubmissions.FindAsync(db, key, ct) is not null)
                {
                    throw new InvalidPageException(CaseFileCodes.AlreadyDecided);
                }
            },
            (file, order, _) => Task.FromResult(MaterialPage.Of(file, key, null, command.MaterialCode, order, clerk, clock.Now)));
        return await PageAttachSteps.AttachAsync(db, store, store.RootFor(workspace.Current), command.Content, slot, cancellationToken);
    }
}
