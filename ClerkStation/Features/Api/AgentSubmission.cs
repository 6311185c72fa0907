using ClerkStation.Domain.PreApplications;

namespace ClerkStation.Features.Api;

/// <summary>What a village agent's submission adds to the pre-application: how the request was taken, and their photos as its pages.</summary>
internal static class AgentSubmission
{
    public static async Task RecordAsync(ClerkDbContext db, PreApplication pre, Actor agent, SubmitPreApplication command, CancellationToken cancellationToken)
    {
        if (command.Taking is { } taking)
        {
            pre.RecordTaking(taking);
        }

        // The agent's photos become the pre-application's pages: the counter finds them under its id.
        if (command.PagesKey is { } pagesKey)
        {
            var id = pre.Id;
            await db.Set<CaseFile.MaterialPage>().Where(p => p.SubmissionKey == pagesKey && p.UploadedBy == agent.UserId && p.CaseId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.SubmissionKey, id), cancellationToken);
        }
    }
}
