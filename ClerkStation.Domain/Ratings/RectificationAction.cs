namespace ClerkStation.Domain.Ratings;

/// <summary>The supervisor's steps on a rectification task; <see cref="RectificationTask.AllowedActions(Staff.Actor)"/> says which are possible now.</summary>
public enum RectificationAction
{
    /// <summary>回访: the applicant was phoned back.</summary>
    RecordCallback,

    /// <summary>整改反馈: the fix and what the applicant was told.</summary>
    RecordFix,

    /// <summary>申诉: the rating is contested.</summary>
    Appeal,

    /// <summary>申诉审核: the appeal is upheld or rejected.</summary>
    DecideAppeal,

    /// <summary>The task is closed after the fix.</summary>
    Close,
}
