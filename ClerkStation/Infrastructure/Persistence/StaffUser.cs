using ClerkStation.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace ClerkStation.Infrastructure.Persistence;

/// <summary>A member of staff: clerk, reviewer, supervisor, trainer, trainee or administrator.</summary>
public sealed class StaffUser : IdentityUser, ICenterOwned
{
    /// <summary>The center the row belongs to (ADR 0018), stamped when it is first saved.</summary>
    public int CenterId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Back-office departments a reviewer works for (department codes from the catalog).</summary>
    public List<StaffDepartment> Departments { get; set; } = [];

    /// <summary>帮办代办: the villages a village agent serves, as the admin typed them ("东沙村、西岙村"); empty for other staff.</summary>
    public string Villages { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in; its history stays.</summary>
    public bool IsDisabled { get; set; }
}

public sealed class StaffDepartment
{
    public string UserId { get; set; } = string.Empty;

    public string DepartmentCode { get; set; } = string.Empty;
}
