namespace ClerkStation.Domain.Complaints;

/// <summary>The supervisor's steps on a complaint; <see cref="Complaint.AllowedActions"/> says which are possible now.</summary>
public enum ComplaintAction
{
    Assign,
    Resolve,
    Close,
}
