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

    /// <summary>A disabled account cannot sign in; its history stays.</summary>
    public bool IsDisabled { get; set; }
}

public sealed class StaffDepartment
{
    public string UserId { get; set; } = string.Empty;

    public string DepartmentCode { get; set; } = string.Empty;
}
