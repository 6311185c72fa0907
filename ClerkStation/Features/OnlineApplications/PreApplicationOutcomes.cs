using ClerkStation.Domain.Common;
using ClerkStation.Domain.Intake;
using ClerkStation.Domain.PreApplications;
using ClerkStation.Features.Intake;
using ClerkStation.Features.Webhooks;

namespace ClerkStation.Features.OnlineApplications;

/// <summary>
/// A counter decision that answers a pre-application records its outcome on it, inside the decision's own transaction:
/// the cases' numbers for an acceptance, the notice's or refusal's number otherwise; the client's webhook hears of it
/// through the outbox, in the same transaction.
/// </summary>
internal static class PreApplicationOutcomes
{
    public const string NotFound = "preApplication.notFound";

    /// <summary>
    /// The pre-application a counter decision answers: the one the clerk opened, or, for a draft restored after a restart
    /// (which keeps the pre-application's id as its submission key), the waiting pre-application with that id.
    /// </summary>
    public static async Task<Guid?> LinkedIdAsync(ClerkDbContext db, ICounterDecision request, CancellationToken ct) =>
        request.PreApplicationId ?? (await db.PreApplications.AnyAsync(p => p.Id == request.SubmissionKey && p.Status == PreApplicationStatus.Submitted, ct)
            ? request.SubmissionKey
            : null);

    /// <summary>The channel an accepted application came through: the linked pre-application's, the counter otherwise.</summary>
    public static async Task<Channel> ChannelOfAsync(ClerkDbContext db, ICounterDecision request, CancellationToken ct)
    {
        if (await LinkedIdAsync(db, request, ct) is not { } id)
        {
            return Channel.Counter;
        }

        var channel = await db.PreApplications.Where(p => p.Id == id).Select(p => (Channel?)p.Channel).SingleOrDefaultAsync(ct);
        return channel ?? Channel.Counter;
    }

    public static async Task<PreApplication?> RecordAsync(ClerkDbContext db, Guid? preApplicationId, IntakeOutcome outcome, DateTimeOffset now, CancellationToken ct)
    {
        if (preApplicationId is not { } id)
        {
            return null;
        }

        // Practice decides in its own workspace, where no pre-application exists.
        var pre = await db.PreApplications.FindAsync([id], ct) ?? throw new DomainRuleException(NotFound, "No such pre-application.");
        var (status, text) = outcome.Cases.Count > 0
            ? (PreApplicationStatus.Accepted, string.Join(", ", outcome.Cases.Select(c => c.Number)))
            : (outcome.DecisionKind == IntakeDecisionKind.Refusal ? PreApplicationStatus.Refused : PreApplicationStatus.OneTimeNotice, outcome.DecisionNumber);
        pre.RecordOutcome(status, text, now);
        await WebhookOutbox.EnqueueAsync(db, pre.ClientId, WebhookOutbox.PreApplicationDecided,
            new { pre.Id, pre.Number, status = pre.Status.ToString(), outcome = pre.Outcome, decidedAt = pre.DecidedAt }, now, ct);
        return pre;
    }
}
