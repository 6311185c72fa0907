using ClerkStation.Domain.Catalog;
using ClerkStation.Domain.Common;
using ClerkStation.Domain.Queue;

namespace ClerkStation.Domain.Ratings;

/// <summary>
/// "一次一评": the invitation to rate one delivered case (reached through an unguessable token, e.g. a QR code on the
/// receipt) or one finished visit at a window (the customer screen), the rating itself, and the applicant's one 追评
/// (follow-up rating). Exactly one of <see cref="CaseId"/> and <see cref="VisitId"/> is set.
/// </summary>
public sealed class ServiceRating : AggregateRoot, ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; private set; }

    private ServiceRating()
    {
    }

    public Guid Id { get; private set; }
    public Guid? CaseId { get; private set; }

    /// <summary>Set for the rating of a whole visit (来访); <see cref="CaseNumber"/> then holds <see cref="VisitReference"/>.</summary>
    public Guid? VisitId { get; private set; }

    public string CaseNumber { get; private set; } = string.Empty;
    public string Token { get; private set; } = string.Empty;
    public string ItemCode { get; private set; } = string.Empty;
    public LocalizedText ItemName { get; private set; } = LocalizedText.Empty;
    public string DepartmentCode { get; private set; } = string.Empty;
    /// <summary>The clerk who handed the result out: "谁办理谁负责".</summary>
    public string ClerkId { get; private set; } = string.Empty;
    public string ClerkName { get; private set; } = string.Empty;
    public DateTimeOffset InvitedAt { get; private set; }

    public RatingLevel? Level { get; private set; }
    public string? Comment { get; private set; }
    public DateTimeOffset? RatedAt { get; private set; }
    public DateOnly? RatedOn { get; private set; }

    public RatingLevel? FollowUpLevel { get; private set; }
    public string? FollowUpComment { get; private set; }
    public DateTimeOffset? FollowUpAt { get; private set; }

    /// <summary>Set when a supervisor upheld an appeal: the rating was mistaken or malicious and leaves the statistics.</summary>
    public bool Excluded { get; private set; }

    public bool IsRated => Level is not null;

    public bool IsBad => Level is { } level && level.IsBad();

    public static ServiceRating Invite(
        Guid caseId, string caseNumber, string itemCode, LocalizedText itemName, string departmentCode,
        string clerkId, string clerkName, string token, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        if (token.Length < 16)
        {
            throw new ArgumentException("A rating token must be long enough not to be guessed.", nameof(token));
        }

        return new ServiceRating
        {
            Id = Guid.CreateVersion7(now),
            CaseId = caseId,
            CaseNumber = caseNumber,
            ItemCode = itemCode,
            ItemName = itemName ?? LocalizedText.Empty,
            DepartmentCode = departmentCode,
            ClerkId = clerkId,
            ClerkName = clerkName,
            Token = token,
            InvitedAt = now,
        };
    }

    /// <summary>How a visit's rating is named where a case number would stand (rectification tasks, the rating page): V20261201-A012.</summary>
    public static string VisitReference(Visit visit)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return $"V{visit.Day:yyyyMMdd}-{visit.TicketNumber}";
    }

    /// <summary>
    /// Invites the applicant of a finished visit to rate it (一次一评): one rating for everything done in it, named by the
    /// visit's items (<paramref name="items"/>, may be empty when nothing was decided) and held against its clerk.
    /// </summary>
    public static ServiceRating InviteVisit(Visit visit, LocalizedText items, string departmentCode, string token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(visit);
        if (visit.Outcome != VisitOutcome.Finished)
        {
            throw new DomainRuleException(RatingRuleCodes.NotAllowedInStatus, $"Visit {visit.TicketNumber} has not been finished.");
        }
        var rating = Invite(Guid.Empty, VisitReference(visit), string.Empty, items, departmentCode, visit.ClerkId, visit.ClerkName, token, now);
        rating.CaseId = null;
        rating.VisitId = visit.Id;
        return rating;
    }

    /// <summary>The one rating of this service; a second one is refused.</summary>
    public void Rate(RatingLevel level, string? comment, DateTimeOffset now, DateOnly today)
    {
        RequireKnown(level);
        if (IsRated)
        {
            throw new DomainRuleException(RatingRuleCodes.AlreadyRated, $"Case {CaseNumber} has already been rated.");
        }

        Level = level;
        Comment = Trimmed(comment);
        RatedAt = now;
        RatedOn = today;
        Raise(new ServiceRated(Id, CaseNumber, level, FollowUp: false));
    }

    /// <summary>追评: the applicant may add one follow-up rating after the first (typically after the callback and fix).</summary>
    public void FollowUp(RatingLevel level, string? comment, DateTimeOffset now)
    {
        RequireKnown(level);
        if (!IsRated)
        {
            throw new DomainRuleException(RatingRuleCodes.NotRatedYet, "Rate the service first.");
        }
        if (FollowUpLevel is not null)
        {
            throw new DomainRuleException(RatingRuleCodes.FollowUpUsed, $"The follow-up rating of case {CaseNumber} has already been given.");
        }

        FollowUpLevel = level;
        FollowUpComment = Trimmed(comment);
        FollowUpAt = now;
        Raise(new ServiceRated(Id, CaseNumber, level, FollowUp: true));
    }

    internal void Exclude() => Excluded = true;

    private static void RequireKnown(RatingLevel level)
    {
        if (!RatingLevels.IsDefined(level))
        {
            throw new DomainRuleException(RatingRuleCodes.UnknownLevel, $"Unknown rating level {(int)level}.");
        }
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 1000)];
}
