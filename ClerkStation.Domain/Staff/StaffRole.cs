namespace ClerkStation.Domain.Staff;

/// <summary>The roles of the people who use ClerkStation. Names match the Identity role names.</summary>
public enum StaffRole
{
    Clerk,
    Reviewer,
    Supervisor,
    Trainer,
    Trainee,
    Admin,
}
