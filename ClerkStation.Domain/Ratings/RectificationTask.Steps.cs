using ClerkStation.Domain.Common;
using ClerkStation.Domain.Staff;

namespace ClerkStation.Domain.Ratings;

/// <summary>The supervisor's steps on a task (callback, fix, appeal and its decision, close); each asks <see cref="Require"/> first.</summary>
public sealed partial class RectificationTask
{
    /// <summary>回访: the applicant was phoned back and the complaint verified.</summary>
    public void RecordCallback(Actor supervisor, DateTimeOffset now, DateOnly today, string note)
    {
        Require(RectificationAction.RecordCallback, supervisor);
        CallbackNote = RequireText(note);
        CalledBackAt = now;
        CalledBackOn = today;
        Status = RectificationStatus.CalledBack;
        Raised();
    }

    /// <summary>整改反馈: what was fixed and what the applicant was told.</summary>
    public void RecordFix(Actor supervisor, DateTimeOffset now, DateOnly today, string outcome)
    {
        Require(RectificationAction.RecordFix, supervisor);
        Outcome = RequireText(outcome);
        FixedAt = now;
        FixedOn = today;
        Status = RectificationStatus.Fixed;
        Raised();
    }

    /// <summary>申诉: after the callback, the rating is contested as mistaken or malicious.</summary>
    public void Appeal(Actor supervisor, DateTimeOffset now, string reason)
    {
        Require(RectificationAction.Appeal, supervisor);
        AppealReason = RequireText(reason);
        AppealedAt = now;
        Status = RectificationStatus.Appealed;
        Raised();
    }

    /// <summary>申诉审核: upheld dismisses the task and excludes the rating; rejected sends it back to be fixed.</summary>
    public void DecideAppeal(Actor supervisor, DateTimeOffset now, DateOnly today, bool upheld, string note, ServiceRating rating)
    {
        ArgumentNullException.ThrowIfNull(rating);
        Require(RectificationAction.DecideAppeal, supervisor);
        AppealDecision = RequireText(note);
        AppealDecidedAt = now;
        AppealDecidedOn = today;
        if (upheld)
        {
            rating.Exclude();
            Status = RectificationStatus.Dismissed;
            ClosedAt = now;
            ClosedByName = supervisor.DisplayName;
        }
        else
        {
            Status = CalledBackAt is null ? RectificationStatus.Open : RectificationStatus.CalledBack;
        }
        Raised();
    }

    public void Close(Actor supervisor, DateTimeOffset now)
    {
        Require(RectificationAction.Close, supervisor);
        ClosedAt = now;
        ClosedByName = supervisor.DisplayName;
        Status = RectificationStatus.Closed;
        Raised();
    }

    private static string RequireText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainRuleException(RatingRuleCodes.TextRequired, "Write what was done.") : text.Trim();
}
