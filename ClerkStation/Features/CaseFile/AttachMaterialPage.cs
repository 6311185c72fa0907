using ClerkStation.Domain.Staff;
using ClerkStation.Features.Intake;
using ClerkStation.Infrastructure;
using ClerkStation.Infrastructure.Persistence;
using ClerkStation.Infrastructure.Pipeline;
using ClerkStation.Infrastructure.Practice;
using ClerkStation.Infrastructure.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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

public sealed class AttachMaterialPageValidator : IRequestValidator<AttachMaterialPage>
{
    public ValueTask<IReadOnlyList<ValidationProblem>> ValidateAsync(AttachMaterialPage message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(MaterialPages.CheckCode(message.MaterialCode));
}

public sealed class AttachMaterialPageHandler(
    IDbContextFactory<ClerkDbContext> dbFactory, CaseFileStore store, Workspace workspace, ICurrentUser currentUser, CenterClock clock)
    : ICommandHandler<AttachMaterialPage, MaterialPageView>
{
    public async ValueTask<MaterialPageView> Handle(AttachMaterialPage command, CancellationToken cancellationToken)
    {
        var clerk = await currentUser.RequireAsync();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pages = db.Set<MaterialPage>();
        var held = await pages.Where(p => p.SubmissionKey == command.SubmissionKey).Select(p => new { p.UploadedBy, p.Size }).ToListAsync(cancellationToken);
        // A village agent's pre-application (its id is the key) takes the clerk's pages beside the agent's.
        var shared = clerk.IsIn(StaffRole.Clerk) && await db.PreApplications.AnyAsync(a => a.Id == command.SubmissionKey, cancellationToken);
        if ((!shared && held.Any(p => p.UploadedBy != clerk.UserId)) || await IntakeSubmissions.FindAsync(db, command.SubmissionKey, cancellationToken) is not null)
        {
            throw new InvalidPageException(CaseFileCodes.AlreadyDecided);
        }

        // The file is in place before the row is written; if the row fails, the sweeper removes the file later.
        var file = await store.StoreWithinAsync(store.RootFor(workspace.Current), command.Content, held.Sum(p => p.Size), cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await IntakeSubmissions.FindAsync(db, command.SubmissionKey, cancellationToken) is not null)
        {
            throw new InvalidPageException(CaseFileCodes.AlreadyDecided);
        }

        store.CheckTotal(await pages.Where(p => p.SubmissionKey == command.SubmissionKey).SumAsync(p => p.Size, cancellationToken), file);

        var order = await pages.Where(p => p.SubmissionKey == command.SubmissionKey && p.MaterialCode == command.MaterialCode)
            .MaxAsync(p => (int?)p.PageOrder, cancellationToken) ?? 0;
        var page = MaterialPage.Of(file, command.SubmissionKey, null, command.MaterialCode, order + 1, clerk, clock.Now);
        pages.Add(page);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MaterialPageView.From(page);
    }
}
