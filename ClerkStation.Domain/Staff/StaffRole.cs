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

    /// <summary>A registered client of the public API (never a person: no staff account holds it).</summary>
    ApiClient,

    /// <summary>帮办代办员: a village agent who submits pre-applications on residents' behalf and follows their cases.</summary>
    Agent,

    /// <summary>城市政务服务办: compares every center of the deployment side by side (ADR 0018).</summary>
    CitySupervisor,

    /// <summary>Creates and renames the centers of the deployment.</summary>
    CityAdmin,
}
